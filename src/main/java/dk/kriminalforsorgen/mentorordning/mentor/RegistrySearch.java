package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;

/**
 * The national registry search (issue item 5): by name, status, area, strengths, languages, free
 * capacity and vetting expiring soon; one query per page, no count query (the pager asks for one row
 * more than it shows). AZ3: a user who may not see a mentor's vetting details sees "awaiting the
 * directorate" as "under vetting" and cannot search for it. Every search is audited with its criteria.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegistrySearch {

    public record Criteria(String name, MentorStatus status, Long areaId, NeedArea needArea, TaskGroup taskGroup,
                           String language, BigDecimal minFreeHours, boolean expiringSoon, int page) {

        public Criteria {
            page = Math.max(0, page);
        }

        public static Criteria all() {
            return new Criteria(null, null, null, null, null, null, null, false, 0);
        }

        String describe() {
            return describeFilter() + " page=" + page;
        }

        String describeFilter() {
            return "name=" + (name == null ? "" : name.length()) + " status=" + status + " area=" + areaId
                    + " need=" + needArea + " task=" + taskGroup + " language=" + language + " minFree=" + minFreeHours
                    + " expiring=" + expiringSoon;
        }
    }

    public record Row(long id, String name, MentorStatus status, String areaName, String city, BigDecimal hoursOffered,
                      BigDecimal agreedHours, BigDecimal capacityLeft, LocalDate vettingValidUntil,
                      LocalDate unavailableUntil, List<String> languages, List<NeedArea> needAreas, boolean expiringSoon,
                      boolean vettingExpired) {

        /**
         * AZ3: the validity is shown for approved and inactive mentors only; for a candidate it would tell
         * that the check is done while the status is not approved, a hint of a registration.
         */
        public boolean showsVetting() {
            return vettingValidUntil != null && (status == MentorStatus.APPROVED || status == MentorStatus.INACTIVE);
        }
    }

    public record Page(List<Row> rows, int page, boolean hasNext) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final RegistryProperties properties;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final ReferenceData referenceData;
    private final Clock clock;

    @Transactional
    public Page search(Criteria c) {
        CurrentUser user = currentUsers.require();
        LocalDate today = LocalDate.now(clock);
        int size = properties.pageSize();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("limit", size + 1)
                .addValue("offset", c.page() * size);
        String sql = select(c, user, today, p) + """
                 order by lower(m.last_name), lower(m.first_name), m.id
                limit :limit offset :offset
                """;
        List<Row> rows = new ArrayList<>(jdbc.query(sql, p, (rs, i) -> row(rs, user, today)));
        boolean hasNext = rows.size() > size;
        if (hasNext) {
            rows.remove(size);
        }
        audit.record("MENTOR_SEARCHED", MentorRegistry.SUBJECT, null, c.describe() + " rows=" + rows.size());
        return new Page(rows, c.page(), hasNext);
    }

    /**
     * Issue 12: every mentor the search finds with these criteria (the page is ignored), in the page's
     * order, at most {@code maxRows}, read with a database cursor and handed to {@code sink} one at a time;
     * each row as the search shows it (AZ3: "awaiting the directorate" only where the user may see it).
     * Audited with the criteria and the number of rows (AU1).
     */
    @Transactional
    public int export(Criteria c, int maxRows, java.util.function.Consumer<Row> sink) {
        CurrentUser user = currentUsers.require();
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("limit", maxRows);
        String sql = select(c, user, today, p) + """
                 order by lower(m.last_name), lower(m.first_name), m.id
                limit :limit
                """;
        org.springframework.jdbc.core.JdbcTemplate cursor = new org.springframework.jdbc.core.JdbcTemplate(
                java.util.Objects.requireNonNull(jdbc.getJdbcTemplate().getDataSource()));
        cursor.setFetchSize(500); // PostgreSQL streams with a fetch size inside a transaction
        int[] rows = {0};
        new NamedParameterJdbcTemplate(cursor).query(sql, p, (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            sink.accept(row(rs, user, today));
            rows[0]++;
        });
        audit.record("MENTOR_LIST_EXPORTED", MentorRegistry.SUBJECT, null, "eksport: " + c.describeFilter()
                + " rows=" + rows[0] + (rows[0] >= maxRows ? " (loftet nået)" : ""));
        return rows[0];
    }

    /** The search's query without order and limit: every criterion, as bound parameters. */
    private String select(Criteria c, CurrentUser user, LocalDate today, MapSqlParameterSource p) {
        p.addValue("ceiling", properties.workloadCeilingHours()).addValue("userArea", user.areaId());
        StringBuilder where = new StringBuilder(" where true");
        if (c.name() != null && !c.name().isBlank()) {
            // Contains on "first last": finds a first name, a last name, "first last" and any part of
            // them, served by the trigram index mentor_full_name_trgm_idx (V700).
            where.append(" and lower(m.first_name || ' ' || m.last_name) like :name");
            p.addValue("name", "%" + escapeLike(c.name().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (c.status() != null) {
            appendStatus(where, c.status(), user);
        }
        if (c.areaId() != null) {
            where.append(" and m.home_area_id = :area");
            p.addValue("area", c.areaId());
        }
        if (c.needArea() != null) {
            where.append(" and exists (select 1 from mentor_need_area n where n.mentor_id = m.id and n.need_area = :need)");
            p.addValue("need", c.needArea().name());
        }
        if (c.taskGroup() != null) {
            where.append(" and exists (select 1 from mentor_task_group t where t.mentor_id = m.id and t.task_group = :task)");
            p.addValue("task", c.taskGroup().name());
        }
        if (c.language() != null && !c.language().isBlank()) {
            if ("da".equals(c.language())) {
                where.append(" and m.speaks_danish");
            } else {
                where.append(" and exists (select 1 from mentor_language l where l.mentor_id = m.id and l.language = :lang)");
                p.addValue("lang", c.language());
            }
        }
        if (c.minFreeHours() != null) {
            where.append(" and least(m.hours_per_week, :ceiling) - h.agreed_hours >= :minFree");
            p.addValue("minFree", c.minFreeHours());
        }
        // Valid until = checked + validity - 1 day; "expiring soon" = valid until within the warning period.
        LocalDate earliestValidCheck = today.minus(properties.vettingValidity()).plusDays(1);
        LocalDate latestExpiringCheck = today.plus(properties.vettingExpiryWarning()).minus(properties.vettingValidity()).plusDays(1);
        p.addValue("earliestValid", Date.valueOf(earliestValidCheck));
        p.addValue("latestExpiring", Date.valueOf(latestExpiringCheck));
        if (c.expiringSoon()) {
            where.append(" and m.status in ('APPROVED', 'INACTIVE') and m.record_checked_on between :earliestValid and :latestExpiring");
        }
        return """
                select m.id, m.first_name || ' ' || m.last_name as name, m.status,
                       coalesce(m.vetting_area_id, m.home_area_id) as vetting_area_id, m.home_area_id,
                       m.city, m.hours_per_week, h.agreed_hours, m.record_checked_on, m.unavailable_until,
                       array(select l.language from mentor_language l where l.mentor_id = m.id order by l.language) as languages,
                       array(select n.need_area from mentor_need_area n where n.mentor_id = m.id order by n.need_area) as needs,
                       (m.record_checked_on between :earliestValid and :latestExpiring) as expiring
                from mentor m
                join mentor_agreed_hours h on h.mentor_id = m.id
                """ + where;
    }

    private void appendStatus(StringBuilder where, MentorStatus status, CurrentUser user) {
        boolean directorate = user.is(dk.kriminalforsorgen.mentorordning.security.Role.DIRECTORATE);
        boolean coordinator = user.is(dk.kriminalforsorgen.mentorordning.security.Role.COORDINATOR);
        // Rows whose "awaiting the directorate" this user may see as such (AZ3).
        String visibleAwaiting = directorate ? "true"
                : coordinator ? "coalesce(m.vetting_area_id, m.home_area_id) = :userArea" : "false";
        if (status == MentorStatus.AWAITING_DIRECTORATE) {
            where.append(" and m.status = 'AWAITING_DIRECTORATE' and ").append(visibleAwaiting);
        } else if (status == MentorStatus.VETTING) {
            where.append(" and (m.status = 'VETTING' or (m.status = 'AWAITING_DIRECTORATE' and not (")
                    .append(visibleAwaiting).append(")))");
        } else {
            where.append(" and m.status = '").append(status.name()).append("'");
        }
    }

    private Row row(ResultSet rs, CurrentUser user, LocalDate today) throws SQLException {
        MentorStatus status = MentorStatus.valueOf(rs.getString("status"));
        long vettingArea = rs.getLong("vetting_area_id");
        Long vettingAreaId = rs.wasNull() ? null : vettingArea;
        if (!RecordAccess.canSeeDetails(user, vettingAreaId == null ? null : vettingAreaId)) {
            status = status.publicView();
        }
        Date checked = rs.getDate("record_checked_on");
        Date unavailable = rs.getDate("unavailable_until");
        BigDecimal offered = rs.getBigDecimal("hours_per_week");
        BigDecimal agreed = rs.getBigDecimal("agreed_hours");
        BigDecimal left = offered.min(properties.workloadCeilingHours()).subtract(agreed);
        LocalDate validUntil = checked == null ? null : properties.vettingValidUntil(checked.toLocalDate());
        return new Row(rs.getLong("id"), rs.getString("name"), status, referenceData.areaName(rs.getLong("home_area_id")),
                rs.getString("city"),
                offered, agreed, left, validUntil, unavailable == null ? null : unavailable.toLocalDate(),
                strings(rs.getArray("languages")), strings(rs.getArray("needs")).stream().map(NeedArea::valueOf).toList(),
                rs.getBoolean("expiring"), validUntil != null && validUntil.isBefore(today));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package dk.kriminalforsorgen.mentorordning.client;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.shared.ListOrder;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

/**
 * The list of clients: always restricted to the user's area (AZ2; the directorate sees all), one
 * query per page with no per-row queries (the current status, latest assessment and eligibility
 * window are columns of the client row), a stable order with the id as tiebreak, and one row more
 * than a page instead of a count query. Every search is audited with its criteria (AU1); a CPR
 * search is recorded as such, never with the number (DP3).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientSearch {

    public static final int PAGE_SIZE = 25;
    /** The last page a list offers (5,000 rows): an offset never grows with the data. */
    public static final int MAX_PAGE = 199;
    /** The audit action of an export of the list (issue 12). */
    public static final String EXPORTED = "CLIENT_LIST_EXPORTED";
    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final AccessChecker access;
    private final AuditService audit;
    private final CprProtector cprProtector;
    private final ReferenceData referenceData;
    private final Clock clock;

    /** The orders a list can have; each ends with the id so pages never overlap. */
    public enum Sort implements ListOrder {
        NAME("navn", "lower(c.last_name), lower(c.first_name), c.id"),
        STATUS("status", "c.custody_status, lower(c.last_name), lower(c.first_name), c.id"),
        RISK("risiko", "case c.current_risk_level when 'VERY_HIGH' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2"
                + " when 'LOW' then 3 when 'VERY_LOW' then 4 else 5 end, lower(c.last_name), c.id"),
        RELEASE("loesladelse", "c.expected_release_date nulls last, lower(c.last_name), c.id"),
        UPDATED("opdateret", "c.updated_at desc, c.id desc");

        private final String parameter;
        private final String orderBy;

        Sort(String parameter, String orderBy) {
            this.parameter = parameter;
            this.orderBy = orderBy;
        }

        @Override
        public String parameter() {
            return parameter;
        }

        public static Sort fromParameter(String value) {
            return ListOrder.fromParameter(Sort.class, value, NAME);
        }
    }

    /**
     * @param name prefix of the first name, last name or full name; null for any
     * @param cprHash the keyed hash of an exact CPR number ({@link CprProtector#lookupHash}); null for any
     */
    public record Criteria(CustodyStatus status, RiskLevel risk, boolean eligibleOnly, boolean offerDueOnly,
                           String name, String cprHash, Sort sort) {

        public static Criteria none() {
            return new Criteria(null, null, false, false, null, null, Sort.NAME);
        }

        /** For the audit row: every criterion, but for a CPR number only that one was used (DP3). */
        String describe(int page) {
            return describeFilter() + ", side=" + (page + 1);
        }

        String describeFilter() {
            return "status=" + (status == null ? "" : status) + ", risiko=" + (risk == null ? "" : risk)
                    + ", berettiget=" + (eligibleOnly ? "ja" : "nej") + ", tilbud-mangler=" + (offerDueOnly ? "ja" : "nej")
                    + ", navn=" + (name == null ? "" : name) + ", cpr-søgning=" + (cprHash == null ? "nej" : "ja")
                    + ", sortering=" + sort.parameter();
        }
    }

    /** One line of the list: only what the list shows; the CPR number masked. */
    public record Row(long id, String name, String maskedCpr, CustodyStatus status, String unitName,
                      LocalDate expectedReleaseDate, LocalDate supervisionEndDate, RiskLevel risk,
                      LocalDate assessmentDate, boolean eligibleNow, LocalDate eligibleFrom, boolean offerDue,
                      OfferAnswer lastOfferAnswer) {
    }

    public record Page(List<Row> rows, int page, boolean hasNext) {
    }

    @Transactional
    public Page search(Criteria criteria, int page) {
        // Bounded offsets (issue 10): beyond MAX_PAGE the list asks for a narrower search instead.
        int safePage = Math.max(0, Math.min(page, MAX_PAGE));
        Page result = query(criteria, safePage, PAGE_SIZE);
        audit.record("CLIENT_SEARCHED", ClientService.SUBJECT, null, criteria.describe(safePage));
        return result;
    }

    /** E9 on the start page: the area's clients who must be offered a mentor and have no offer, audited as a search. */
    @Transactional
    public Page offerDue(int limit) {
        Criteria criteria = new Criteria(null, null, false, true, null, null, Sort.NAME);
        Page result = query(criteria, 0, limit);
        audit.record("CLIENT_SEARCHED", ClientService.SUBJECT, null, "forside: " + criteria.describe(0));
        return result;
    }

    /**
     * Issue 12: every client the list shows for these criteria (the same filters, area and order), at most
     * {@code maxRows}, handed to {@code sink} one at a time while a database cursor reads them, so an export
     * never holds the list in memory. Audited with its criteria and the number of rows (AU1).
     */
    @Transactional
    public int export(Criteria criteria, int maxRows, Consumer<Row> sink) {
        LocalDate today = LocalDate.now(clock);
        List<Object> args = new ArrayList<>();
        StringBuilder sql = select(criteria, today, args);
        sql.append(" order by ").append(criteria.sort().orderBy).append(" limit ?");
        args.add(maxRows);
        Map<Long, Unit> units = units();
        JdbcTemplate cursor = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
        cursor.setFetchSize(EXPORT_FETCH_SIZE); // PostgreSQL streams with a fetch size inside a transaction
        int[] rows = {0};
        cursor.query(sql.toString(), (RowCallbackHandler) rs -> {
            sink.accept(row(rs, units, today));
            rows[0]++;
        }, args.toArray());
        audit.record(EXPORTED, ClientService.SUBJECT, null, "eksport: " + criteria.describeFilter() + ", rækker=" + rows[0]
                + (rows[0] >= maxRows ? " (loftet nået)" : ""));
        return rows[0];
    }

    private Page query(Criteria criteria, int page, int pageSize) {
        LocalDate today = LocalDate.now(clock);
        List<Object> args = new ArrayList<>();
        StringBuilder sql = select(criteria, today, args);
        sql.append(" order by ").append(criteria.sort().orderBy).append(" limit ? offset ?");
        args.add(pageSize + 1);
        args.add((long) page * pageSize);
        Map<Long, Unit> units = units();
        List<Row> rows = jdbc.query(sql.toString(), (rs, n) -> row(rs, units, today), args.toArray());
        boolean hasNext = rows.size() > pageSize && page < MAX_PAGE;
        return new Page(rows.size() > pageSize ? rows.subList(0, pageSize) : rows, page, hasNext);
    }

    /** The list's query without its order and limit: the area (AZ2) and every filter of the criteria. */
    private StringBuilder select(Criteria criteria, LocalDate today, List<Object> args) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.first_name, c.last_name, c.cpr_encrypted, c.custody_status, c.unit_id,
                       c.expected_release_date, c.supervision_end_date, c.current_risk_level, c.current_assessment_date,
                       c.eligible_from, c.eligible_until, c.offer_due, c.last_offer_answer
                from client c where true""");
        Long area = access.areaFilter();
        if (area != null) {
            sql.append(" and c.area_id = ?");
            args.add(area);
        }
        if (criteria.status() != null) {
            sql.append(" and c.custody_status = ?");
            args.add(criteria.status().name());
        }
        if (criteria.risk() != null) {
            sql.append(" and c.current_risk_level = ?");
            args.add(criteria.risk().name());
        }
        if (criteria.eligibleOnly()) {
            sql.append(" and c.eligible_from <= ? and (c.eligible_until is null or c.eligible_until >= ?)");
            args.add(Date.valueOf(today));
            args.add(Date.valueOf(today));
        }
        if (criteria.offerDueOnly()) {
            sql.append(" and c.offer_due");
        }
        if (criteria.name() != null && !criteria.name().isBlank()) {
            // Contains on "first last": finds a first name, a last name, "first last" and any part of
            // them, served by the trigram index client_full_name_trgm_idx (V700).
            sql.append(" and lower(c.first_name || ' ' || c.last_name) like ?");
            args.add("%" + likeEscape(criteria.name().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (criteria.cprHash() != null) {
            sql.append(" and c.cpr_hash = ?");
            args.add(criteria.cprHash());
        }
        return sql;
    }

    private Map<Long, Unit> units() {
        return referenceData.units().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }

    /** One row as the list shows it: the CPR number decrypted only to be masked (DP2). */
    private Row row(ResultSet rs, Map<Long, Unit> units, LocalDate today) throws SQLException {
        LocalDate eligibleFrom = localDate(rs.getDate("eligible_from"));
        LocalDate eligibleUntil = localDate(rs.getDate("eligible_until"));
        Unit unit = units.get(rs.getLong("unit_id"));
        String risk = rs.getString("current_risk_level");
        String answer = rs.getString("last_offer_answer");
        return new Row(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                cprProtector.decrypt(rs.getString("cpr_encrypted")).masked(),
                CustodyStatus.valueOf(rs.getString("custody_status")), unit == null ? "" : unit.getName(),
                localDate(rs.getDate("expected_release_date")), localDate(rs.getDate("supervision_end_date")),
                risk == null ? null : RiskLevel.valueOf(risk), localDate(rs.getDate("current_assessment_date")),
                eligibleFrom != null && !eligibleFrom.isAfter(today) && (eligibleUntil == null || !eligibleUntil.isBefore(today)),
                eligibleFrom, rs.getBoolean("offer_due"), answer == null ? null : OfferAnswer.valueOf(answer));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

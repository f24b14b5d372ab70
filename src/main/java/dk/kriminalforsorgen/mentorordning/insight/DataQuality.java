package dk.kriminalforsorgen.mentorordning.insight;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.AccessChecker;

/**
 * The coordinator's data-quality lists of their own area, each row with the page where it is put
 * right. Issue 10/13: each list is read live, its first {@value #LIMIT} rows in the list's order
 * from an index (V710), so a view never scans the area; how many rows a longer list has comes from
 * the insight refresh job ({@link #recount}), which counts every area's lists once every 10 minutes.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DataQuality {

    /** One problem: what it concerns and where to fix it. */
    public record Issue(String name, String detail, String fixPath) {
    }

    /**
     * The lists of an area, with the refresh job's counts per list ({@code counted}, by list name)
     * and the day they were counted.
     */
    public record Lists(List<Issue> oldAssessments, List<Issue> inmatesWithoutRelease, List<Issue> expiredVetting,
                        List<Issue> possibleDuplicates, List<Issue> withoutResponsible, Map<String, Long> counted,
                        LocalDate countedOn) {

        /** How many each list shows at most (the first in order of urgency); the page says when a list is cut there. */
        public int limit() {
            return LIMIT;
        }

        /**
         * How many rows a list has: exactly the shown rows when the list is not cut, otherwise the refresh
         * job's count (never fewer than shown: rows added since the count are at least on the page).
         */
        public long total(String kind, List<Issue> shown) {
            return shown.size() < LIMIT ? shown.size() : Math.max(shown.size(), counted.getOrDefault(kind, 0L));
        }
    }

    private static final int LIMIT = 50;
    static final String OLD_ASSESSMENTS = "oldAssessments";
    static final String INMATES_WITHOUT_RELEASE = "inmatesWithoutRelease";
    static final String EXPIRED_VETTING = "expiredVetting";
    static final String POSSIBLE_DUPLICATES = "possibleDuplicates";
    static final String WITHOUT_RESPONSIBLE = "withoutResponsible";

    // The conditions of each list, shared by the page's query and the refresh job's count. A missing date
    // sorts first: coalesce(date, '-infinity') is the order of the V710 indexes.
    private static final String OLD_ASSESSMENT = "coalesce(c.current_assessment_date, '-infinity'::date) < ?";
    private static final String INMATE_WITHOUT_RELEASE =
            "c.custody_status = 'INMATE' and coalesce(c.expected_release_date, '-infinity'::date) < ?";
    private static final String VETTING_EXPIRED = "k.state = 'ACTIVE' and coalesce(v.record_checked_on, '-infinity'::date) < ?";
    private static final String OPEN = "k.state in ('PREPARING', 'ACTIVE')";

    private final JdbcTemplate jdbc;
    private final AccessChecker access;
    private final InsightSettings settings;
    private final Clock clock;

    public Lists forMyArea() {
        Long area = access.areaFilter();
        if (area == null) {
            throw new dk.kriminalforsorgen.mentorordning.shared.NotFoundException("data quality is per area");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> counted = new HashMap<>();
        jdbc.query("select kind, items from insight_quality_count where area_id = ?",
                rs -> {
                    counted.put(rs.getString(1), rs.getLong(2));
                }, area);
        List<java.sql.Timestamp> at = jdbc.queryForList("select refreshed_at from insight_refresh where id = 1",
                java.sql.Timestamp.class);
        return new Lists(
                // E1: the latest LS/RNR assessment is older than the configured age (or missing) on an open course
                // (a client has at most one open course); the clients in assessment order, each probed for its course
                jdbc.query("""
                        select c.id, c.first_name || ' ' || c.last_name, c.current_assessment_date
                        from client_card c
                        where %s and exists (select 1 from course_card k where k.client_id = c.id and k.area_id = ? and %s)
                        order by coalesce(c.current_assessment_date, '-infinity'::date), c.id limit ?
                        """.formatted(OLD_ASSESSMENT, OPEN),
                        (rs, i) -> new Issue(rs.getString(2), date(rs.getDate(3)), "/klienter/" + rs.getLong(1) + "/vurdering"),
                        oldestAssessment(today), area, LIMIT),
                // an inmate needs an expected release date (E5); one that has passed is out of date
                jdbc.query("""
                        select c.id, c.first_name || ' ' || c.last_name, c.expected_release_date
                        from client_card c
                        where c.area_id = ? and %s
                        order by coalesce(c.expected_release_date, '-infinity'::date), c.id limit ?
                        """.formatted(INMATE_WITHOUT_RELEASE),
                        (rs, i) -> new Issue(rs.getString(2), date(rs.getDate(3)), "/klienter/" + rs.getLong(1) + "/status"),
                        area, Date.valueOf(today), LIMIT),
                // DOMAIN §9: an active course whose mentor's criminal-register check is missing or has expired;
                // the mentors in order of their check, each probed for active courses of the area
                jdbc.query("""
                        select m.id, m.first_name || ' ' || m.last_name, v.record_checked_on, k.id
                        from mentor_vetting_card v join mentor_card m on m.id = v.mentor_id
                        join course_card k on k.mentor_id = v.mentor_id
                        where k.area_id = ? and %s
                        order by coalesce(v.record_checked_on, '-infinity'::date), k.id limit ?
                        """.formatted(VETTING_EXPIRED),
                        (rs, i) -> new Issue(rs.getString(2), date(rs.getDate(3)), "/mentorer/" + rs.getLong(1)),
                        area, vettingCheckedBefore(today), LIMIT),
                // two clients of the area with the same name (the CPR lookup hash itself is unique, DP1);
                // grouped on the name-key index (V705), the first groups in name order
                jdbc.query("""
                        with same_name as (
                            select lower(btrim(last_name)) as last_key, lower(btrim(first_name)) as first_key, count(*) as clients
                            from client_card where area_id = ?
                            group by 1, 2 having count(*) > 1
                            order by 1, 2 limit ?)
                        select c.id, c.first_name || ' ' || c.last_name, g.clients
                        from same_name g
                        join client_card c on c.area_id = ? and lower(btrim(c.last_name)) = g.last_key
                                          and lower(btrim(c.first_name)) = g.first_key
                        order by g.last_key, g.first_key, c.id limit ?
                        """, (rs, i) -> new Issue(rs.getString(2), String.valueOf(rs.getLong(3)), "/klienter/" + rs.getLong(1)),
                        area, LIMIT, area, LIMIT),
                // C7: an open course without a responsible person who can still sign in: the area's courses without
                // one (a partial index) and the open courses of disabled users (few), newest course last
                jdbc.query("""
                        select k.id, c.first_name || ' ' || c.last_name, k.responsible_name
                        from course_card k join client_card c on c.id = k.client_id
                        where k.id in ((select k.id from course_card k where k.area_id = ? and k.responsible_user_id is null
                                        and %s order by k.id limit ?)
                                       union all
                                       (select k.id from staff_card s join course_card k on k.responsible_user_id = s.id
                                        where not s.enabled and k.area_id = ? and %s))
                        order by k.id limit ?
                        """.formatted(OPEN, OPEN),
                        (rs, i) -> new Issue(rs.getString(2), rs.getString(3), "/forloeb/" + rs.getLong(1)),
                        area, LIMIT, area, LIMIT),
                counted, at.isEmpty() ? null : LocalDate.ofInstant(at.get(0).toInstant(), clock.getZone()));
    }

    /** Counts every area's lists into {@code insight_quality_count}; part of the insight refresh (one transaction). */
    void recount(LocalDate today) {
        jdbc.update("delete from insight_quality_count");
        String insert = "insert into insight_quality_count (area_id, kind, items) ";
        jdbc.update(insert + """
                select k.area_id, ?, count(*) from course_card k join client_card c on c.id = k.client_id
                where %s and %s group by k.area_id
                """.formatted(OPEN, OLD_ASSESSMENT), OLD_ASSESSMENTS, oldestAssessment(today));
        jdbc.update(insert + "select c.area_id, ?, count(*) from client_card c where %s group by c.area_id"
                .formatted(INMATE_WITHOUT_RELEASE), INMATES_WITHOUT_RELEASE, Date.valueOf(today));
        jdbc.update(insert + """
                select k.area_id, ?, count(*) from course_card k join mentor_vetting_card v on v.mentor_id = k.mentor_id
                where %s group by k.area_id
                """.formatted(VETTING_EXPIRED), EXPIRED_VETTING, vettingCheckedBefore(today));
        jdbc.update(insert + """
                select area_id, ?, sum(clients) from (
                    select area_id, count(*) as clients from client_card
                    group by area_id, lower(btrim(last_name)), lower(btrim(first_name)) having count(*) > 1) g
                group by area_id
                """, POSSIBLE_DUPLICATES);
        jdbc.update(insert + """
                select k.area_id, ?, count(*) from course_card k left join staff_card s on s.id = k.responsible_user_id
                where %s and (s.id is null or not s.enabled) group by k.area_id
                """.formatted(OPEN), WITHOUT_RESPONSIBLE);
    }

    private Date oldestAssessment(LocalDate today) {
        return Date.valueOf(today.minus(settings.client().assessmentMaxAge()));
    }

    private Date vettingCheckedBefore(LocalDate today) {
        return Date.valueOf(today.minus(settings.registry().vettingValidity()).plusDays(1));
    }

    /** The one Danish date format of every page ("1. december 2026", issue 16). */
    private static String date(Date date) {
        return date == null ? null : dk.kriminalforsorgen.mentorordning.shared.DanishFormat.date(date.toLocalDate());
    }
}

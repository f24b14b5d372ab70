package dk.kriminalforsorgen.mentorordning.insight;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.AccessChecker;

/**
 * The coordinator's data-quality lists of their own area, each row with the page where it is put
 * right. Live queries, each restricted to one area (indexed by area), so they stay within the page
 * goals on the large data set.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DataQuality {

    /** One problem: what it concerns and where to fix it. */
    public record Issue(String name, String detail, String fixPath) {
    }

    public record Lists(List<Issue> oldAssessments, List<Issue> inmatesWithoutRelease, List<Issue> expiredVetting,
                        List<Issue> possibleDuplicates, List<Issue> withoutResponsible) {

        /** How many each list shows at most (the first in order of urgency); the page says when a list is cut there. */
        public int limit() {
            return LIMIT;
        }

        public int total() {
            return oldAssessments.size() + inmatesWithoutRelease.size() + expiredVetting.size()
                    + possibleDuplicates.size() + withoutResponsible.size();
        }
    }

    private static final int LIMIT = 50;

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
        Date oldest = Date.valueOf(today.minus(settings.client().assessmentMaxAge()));
        Date vettingCheckedBefore = Date.valueOf(today.minus(settings.registry().vettingValidity()).plusDays(1));
        return new Lists(
                // E1: the latest LS/RNR assessment is older than the configured age (or missing) on an open course
                jdbc.query("""
                        select c.id, c.first_name || ' ' || c.last_name, c.current_assessment_date
                        from course_card k join client_card c on c.id = k.client_id
                        where k.area_id = ? and k.state in ('PREPARING', 'ACTIVE')
                          and (c.current_assessment_date is null or c.current_assessment_date < ?)
                        order by c.current_assessment_date nulls first, c.id limit ?
                        """, (rs, i) -> new Issue(rs.getString(2), date(rs.getDate(3)), "/klienter/" + rs.getLong(1) + "/vurdering"),
                        area, oldest, LIMIT),
                // an inmate needs an expected release date (E5); one that has passed is out of date
                jdbc.query("""
                        select c.id, c.first_name || ' ' || c.last_name, c.expected_release_date
                        from client_card c
                        where c.area_id = ? and c.custody_status = 'INMATE'
                          and (c.expected_release_date is null or c.expected_release_date < ?)
                        order by c.expected_release_date nulls first, c.id limit ?
                        """, (rs, i) -> new Issue(rs.getString(2), date(rs.getDate(3)), "/klienter/" + rs.getLong(1) + "/status"),
                        area, Date.valueOf(today), LIMIT),
                // DOMAIN §9: an active course whose mentor's criminal-register check is missing or has expired
                jdbc.query("""
                        select m.id, m.first_name || ' ' || m.last_name, v.record_checked_on, k.id
                        from course_card k join mentor_card m on m.id = k.mentor_id
                        join mentor_vetting_card v on v.mentor_id = m.id
                        where k.area_id = ? and k.state = 'ACTIVE'
                          and (v.record_checked_on is null or v.record_checked_on < ?)
                        order by v.record_checked_on nulls first, k.id limit ?
                        """, (rs, i) -> new Issue(rs.getString(2), date(rs.getDate(3)), "/mentorer/" + rs.getLong(1)),
                        area, vettingCheckedBefore, LIMIT),
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
                // C7: an open course without a responsible person who can still sign in
                jdbc.query("""
                        select k.id, c.first_name || ' ' || c.last_name, k.responsible_name
                        from course_card k join client_card c on c.id = k.client_id
                        left join staff_card s on s.id = k.responsible_user_id
                        where k.area_id = ? and k.state in ('PREPARING', 'ACTIVE') and (s.id is null or not s.enabled)
                        order by k.id limit ?
                        """, (rs, i) -> new Issue(rs.getString(2), rs.getString(3), "/forloeb/" + rs.getLong(1)),
                        area, LIMIT));
    }

    /** The one Danish date format of every page ("1. december 2026", issue 16). */
    private static String date(Date date) {
        return date == null ? null : dk.kriminalforsorgen.mentorordning.shared.DanishFormat.date(date.toLocalDate());
    }
}

package dk.kriminalforsorgen.mentorordning.insight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Computes the national figures into insight_figure with one grouped INSERT ... SELECT per figure over
 * the published read views. Quarters are [qs, qe]; the client's unit and current risk level give the
 * unit type and risk level; a course counts in the area that handles it (C1).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FigureSql {

    /** The quarters from {@code ?} to {@code ?} (first days), each with its last day. */
    private static final String QUARTERS = """
            with q as (select d::date as qs, (d + interval '3 months' - interval '1 day')::date as qe
                       from generate_series(cast(? as date), cast(? as date), interval '3 months') d)
            """;
    private static final String INSERT = "insert into insight_figure (quarter_start, figure, area_id, unit_type, "
            + "risk_level, category, amount, count) ";
    private static final String CLIENT_DIMENSIONS = " join client_card c on c.id = k.client_id join unit_card u on u.id = c.unit_id ";

    private static final Map<Figure, String> PER_QUARTER = Map.ofEntries(
            Map.entry(Figure.ELIGIBLE, """
                    select q.qs, 'ELIGIBLE', c.area_id, u.type, c.current_risk_level, '', count(*), count(*)
                    from q join client_card c on c.eligible_from <= q.qe and (c.eligible_until is null or c.eligible_until >= q.qs)
                    join unit_card u on u.id = c.unit_id
                    group by q.qs, c.area_id, u.type, c.current_risk_level
                    """),
            Map.entry(Figure.OFFERED, offers("OFFERED", "")),
            Map.entry(Figure.ACCEPTED, offers("ACCEPTED", " and o.answer = 'ACCEPTED'")),
            Map.entry(Figure.OFFER_TO_START_DAYS, """
                    select q.qs, 'OFFER_TO_START_DAYS', k.area_id, u.type, c.current_risk_level, '',
                           sum(k.start_date - o.offered_on), count(*)
                    from q join course_card k on k.start_date between q.qs and q.qe
                    join lateral (select max(x.offered_on) as offered_on from mentor_offer_card x
                                  where x.client_id = k.client_id and x.answer = 'ACCEPTED' and x.offered_on <= k.start_date) o
                         on o.offered_on is not null
                    """ + CLIENT_DIMENSIONS + " group by q.qs, k.area_id, u.type, c.current_risk_level"),
            Map.entry(Figure.COURSES_STARTED, """
                    select q.qs, 'COURSES_STARTED', k.area_id, u.type, c.current_risk_level, '', count(*), count(*)
                    from q join course_card k on k.start_date between q.qs and q.qe
                    """ + CLIENT_DIMENSIONS + " group by q.qs, k.area_id, u.type, c.current_risk_level"),
            Map.entry(Figure.COURSES_ACTIVE, """
                    select q.qs, 'COURSES_ACTIVE', k.area_id, u.type, c.current_risk_level, '', count(*), count(*)
                    from q join course_card k on k.start_date <= q.qe and (k.ended_on is null or k.ended_on >= q.qs)
                    """ + CLIENT_DIMENSIONS + " group by q.qs, k.area_id, u.type, c.current_risk_level"),
            Map.entry(Figure.COURSES_ENDED, """
                    select q.qs, 'COURSES_ENDED', k.area_id, u.type, c.current_risk_level, k.end_reason, count(*), count(*)
                    from q join course_card k on k.ended_on between q.qs and q.qe and k.end_reason is not null
                    """ + CLIENT_DIMENSIONS + " group by q.qs, k.area_id, u.type, c.current_risk_level, k.end_reason"),
            Map.entry(Figure.GOAL_OUTCOMES, """
                    select q.qs, 'GOAL_OUTCOMES', k.area_id, u.type, c.current_risk_level, g.need_area || ':' || g.outcome,
                           count(*), count(*)
                    from q join course_card k on k.ended_on between q.qs and q.qe
                    join course_goal_outcome_card g on g.course_id = k.id
                    """ + CLIENT_DIMENSIONS + " group by q.qs, k.area_id, u.type, c.current_risk_level, g.need_area, g.outcome"),
            // C8: every meeting makes a review due one interval later; judged once due (or once the next review is held).
            Map.entry(Figure.REVIEWS_ON_TIME, """
                    select q.qs, 'REVIEWS_ON_TIME', k.area_id, u.type, c.current_risk_level, '',
                           count(*) filter (where n.held_on is not null and n.held_on <= d.due), count(*)
                    from (select m.course_id, m.held_on, cast(m.held_on + cast(? as interval) as date) as due
                          from course_meeting_card m) d
                    join q on d.due between q.qs and q.qe
                    join course_card k on k.id = d.course_id and k.start_date is not null
                                      and (k.ended_on is null or k.ended_on >= d.due)
                    left join lateral (select min(r.held_on) as held_on from course_meeting_card r
                                       where r.course_id = d.course_id and r.kind = 'REVIEW' and r.held_on > d.held_on) n on true
                    """ + CLIENT_DIMENSIONS + """
                    where d.due < cast(? as date) or n.held_on is not null
                    group by q.qs, k.area_id, u.type, c.current_risk_level
                    """),
            // S1: each month of a course whose report has fallen due (month end or end of course + grace days). The
            // reports' own bound to the quarters (implied by the month) lets the join hash only those (issue 10).
            Map.entry(Figure.MONTHLY_REPORTS_DELIVERED, """
                    select q.qs, 'MONTHLY_REPORTS_DELIVERED', k.area_id, u.type, c.current_risk_level, '',
                           count(r.id), count(*)
                    from q cross join lateral generate_series(q.qs, q.qe, interval '1 month') ms(m)
                    join course_card k on k.start_date is not null
                                      and k.start_date <= cast(ms.m + interval '1 month' - interval '1 day' as date)
                                      and (k.ended_on is null or k.ended_on >= cast(ms.m as date))
                    left join status_report_card r on r.course_id = k.id and r.kind = 'MONTHLY'
                                                  and r.period_start = cast(ms.m as date) and r.status <> 'DRAFT'
                                                  and r.period_start between (select min(qs) from q) and (select max(qe) from q)
                    """ + CLIENT_DIMENSIONS + """
                    where least(cast(ms.m + interval '1 month' - interval '1 day' as date),
                                coalesce(k.ended_on, cast(ms.m + interval '1 month' - interval '1 day' as date))) + ? < cast(? as date)
                    group by q.qs, k.area_id, u.type, c.current_risk_level
                    """),
            Map.entry(Figure.DUTY_TO_NOTIFY, """
                    select q.qs, 'DUTY_TO_NOTIFY', k.area_id, u.type, c.current_risk_level, '', count(*), count(*)
                    from q join status_report_card r on r.duty_to_notify and r.status <> 'DRAFT'
                                                    and r.delivered_on between q.qs and q.qe
                    join course_card k on k.id = r.course_id
                    """ + CLIENT_DIMENSIONS + " group by q.qs, k.area_id, u.type, c.current_risk_level"),
            // Issue 17: active in the quarter and the current action plan builds on a municipal plan (V381's view).
            Map.entry(Figure.COURSES_WITH_MUNICIPAL_PLAN, """
                    select q.qs, 'COURSES_WITH_MUNICIPAL_PLAN', k.area_id, u.type, c.current_risk_level, '', count(*), count(*)
                    from q join course_card k on k.start_date <= q.qe and (k.ended_on is null or k.ended_on >= q.qs)
                    join course_municipal_plan_card p on p.course_id = k.id and p.municipal_plan_kind <> 'NONE'
                    """ + CLIENT_DIMENSIONS + " group by q.qs, k.area_id, u.type, c.current_risk_level"),
            Map.entry(Figure.APPROVAL_WAIT_DAYS, """
                    select q.qs, 'APPROVAL_WAIT_DAYS', a.area_id, null, null, '', sum(a.decided_on - a.flagged_on), count(*)
                    from q join approval_case_card a on a.decided_on between q.qs and q.qe
                    group by q.qs, a.area_id
                    """),
            Map.entry(Figure.APPROVALS_OPEN, """
                    select q.qs, 'APPROVALS_OPEN', a.area_id, null, null, '', count(*), count(*)
                    from q join approval_case_card a on a.flagged_on <= q.qe and (a.decided_on is null or a.decided_on > q.qe)
                    group by q.qs, a.area_id
                    """));

    private final JdbcTemplate jdbc;

    /** Recomputes the per-quarter figures of the quarters {@code first}..{@code last} and today's snapshot. */
    void refresh(LocalDate first, LocalDate last, LocalDate today, InsightSettings settings) {
        jdbc.update("delete from insight_figure where quarter_start between ? and ? and figure in ("
                + names(false) + ")", Date.valueOf(first), Date.valueOf(last));
        for (Map.Entry<Figure, String> figure : PER_QUARTER.entrySet()) {
            Object[] args = switch (figure.getKey()) {
                case REVIEWS_ON_TIME -> new Object[] {Date.valueOf(first), Date.valueOf(last),
                        settings.course().reviewInterval().toString(), Date.valueOf(today)};
                case MONTHLY_REPORTS_DELIVERED -> new Object[] {Date.valueOf(first), Date.valueOf(last),
                        settings.reports().graceDays(), Date.valueOf(today)};
                default -> new Object[] {Date.valueOf(first), Date.valueOf(last)};
            };
            jdbc.update(INSERT + QUARTERS + figure.getValue(), args);
        }
        snapshot(last, today, settings);
    }

    /** The registry's state today, kept under the current quarter. */
    private void snapshot(LocalDate quarter, LocalDate today, InsightSettings settings) {
        Date q = Date.valueOf(quarter);
        jdbc.update("delete from insight_figure where quarter_start = ? and figure in (" + names(true) + ")", q);
        jdbc.update(INSERT + """
                select ?, 'MENTORS_BY_STATUS', v.home_area_id, null, null, v.status, count(*), count(*)
                from mentor_vetting_card v group by v.home_area_id, v.status
                """, q);
        jdbc.update(INSERT + """
                select ?, 'CAPACITY_USED', v.home_area_id, null, null, '', coalesce(sum(h.agreed_hours), 0) / ?, count(*)
                from mentor_vetting_card v join mentor_agreed_hours h on h.mentor_id = v.mentor_id
                where v.status = 'APPROVED' group by v.home_area_id
                """, q, settings.registry().workloadCeilingHours());
        String validity = settings.registry().vettingValidity().toString();
        jdbc.update(INSERT + """
                select ?, 'VETTING_EXPIRING', x.home_area_id, null, null, x.category, count(*), count(*)
                from (select v.home_area_id,
                             case when v.record_checked_on is null
                                       or cast(v.record_checked_on + cast(? as interval) as date) <= cast(? as date) then 'EXPIRED'
                                  else 'EXPIRING' end as category
                      from mentor_vetting_card v
                      where v.status in ('APPROVED', 'INACTIVE')
                        and (v.record_checked_on is null
                             or cast(v.record_checked_on + cast(? as interval) as date)
                                <= cast(cast(? as date) + cast(? as interval) as date))) x
                group by x.home_area_id, x.category
                """, q, validity, Date.valueOf(today), validity, Date.valueOf(today),
                settings.registry().vettingExpiryWarning().toString());
    }

    private static String offers(String figure, String condition) {
        return """
                select q.qs, '%s', c.area_id, u.type, c.current_risk_level, '', count(distinct o.client_id), count(distinct o.client_id)
                from q join mentor_offer_card o on o.offered_on between q.qs and q.qe%s
                join client_card c on c.id = o.client_id join unit_card u on u.id = c.unit_id
                group by q.qs, c.area_id, u.type, c.current_risk_level
                """.formatted(figure, condition);
    }

    private static String names(boolean snapshot) {
        return java.util.Arrays.stream(Figure.values()).filter(f -> f.snapshot() == snapshot)
                .map(f -> "'" + f.name() + "'").collect(java.util.stream.Collectors.joining(", "));
    }
}

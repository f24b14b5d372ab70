package dk.kriminalforsorgen.mentorordning.course.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.course.ContinuationKind;
import dk.kriminalforsorgen.mentorordning.course.CourseState;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingKind;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingSchedule;
import dk.kriminalforsorgen.mentorordning.shared.ListOrder;
import dk.kriminalforsorgen.mentorordning.shared.web.PageTransaction;

/**
 * The course feature's read models in SQL: one query per list or start-page panel (no N+1), and the
 * few facts about clients, mentors and users a course page shows. Callers have checked the area.
 * Other modules' data is read only through their published views ({@code client_card},
 * {@code mentor_card}, {@code staff_card}), never through their tables. The meeting dates of a list row
 * come from {@code course_duty_summary} (V702, kept up to date by triggers): joining the grouped view
 * {@code course_meeting_dates} made PostgreSQL aggregate every meeting of every course for one page
 * (250 ms at 10x instead of 1.5 ms, issue 10).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseQueries {

    private final JdbcTemplate jdbc;

    /** What a course page shows about its client; readable by both areas of a hand-over (C2). */
    public record ClientSummary(long id, String name, CustodyStatus status, Long areaId, LocalDate expectedReleaseDate,
                         LocalDate supervisionEndDate) {
    }

    public Optional<ClientSummary> client(long clientId) {
        // Issue 10: the course page and its planned meetings both show the client; read once per page.
        return PageTransaction.Current.remembered(List.of("courseClientSummary", clientId), () -> readClient(clientId));
    }

    private Optional<ClientSummary> readClient(long clientId) {
        return jdbc.query("""
                select id, first_name || ' ' || last_name, custody_status, area_id, expected_release_date, supervision_end_date
                from client_card where id = ?
                """, (rs, i) -> new ClientSummary(rs.getLong(1), rs.getString(2), CustodyStatus.valueOf(rs.getString(3)),
                rs.getLong(4), toDate(rs.getDate(5)), toDate(rs.getDate(6))), clientId).stream().findFirst();
    }

    public Optional<String> mentorName(Long mentorId) {
        if (mentorId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select first_name || ' ' || last_name from mentor_card where id = ?", String.class, mentorId)
                .stream().findFirst();
    }

    /** C7: the caseworkers and coordinators of an area who can be responsible for a course. */
    public record Person(long id, String name) {
    }

    public List<Person> responsibleCandidates(long areaId) {
        return jdbc.query("""
                select id, display_name from staff_card
                where area_id = ? and enabled and role in ('CASEWORKER', 'COORDINATOR')
                order by display_name, id
                """, (rs, i) -> new Person(rs.getLong(1), rs.getString(2)), areaId);
    }

    public Optional<Person> responsibleCandidate(long userId, long areaId) {
        return responsibleCandidates(areaId).stream().filter(p -> p.id() == userId).findFirst();
    }

    public boolean handedOverFrom(long courseId, long areaId) {
        Integer n = jdbc.queryForObject("select count(*) from course_handover where course_id = ? and from_area_id = ?",
                Integer.class, courseId, areaId);
        return n != null && n > 0;
    }

    /** One row of a course list or start-page panel, with what is due next. */
    public record CourseRow(long id, String clientName, CourseState state, LocalDate startDate, String responsibleName,
                     ContinuationKind continuation, boolean handoverNeeded, MeetingKind dueKind, LocalDate dueOn,
                     boolean overdue) {

        public boolean due() {
            return dueKind != null;
        }
    }

    private static final String ROW_SELECT = """
            select k.id, c.first_name || ' ' || c.last_name as client_name, k.state, k.start_date, k.responsible_name,
                   k.continuation_to_confirm, c.area_id <> k.area_id as handover_needed,
                   m.kick_off_on as kick_off, m.latest_meeting_on as latest
            from mentor_course k
            join client_card c on c.id = k.client_id
            left join course_duty_summary m on m.course_id = k.id
            """;

    private CourseRow row(java.sql.ResultSet rs, MeetingSchedule schedule, LocalDate today) throws java.sql.SQLException {
        CourseState state = CourseState.valueOf(rs.getString("state"));
        LocalDate start = toDate(rs.getDate("start_date"));
        LocalDate kickOff = toDate(rs.getDate("kick_off"));
        LocalDate latest = toDate(rs.getDate("latest"));
        MeetingKind kind = null;
        LocalDate dueOn = null;
        if (state == CourseState.ACTIVE && start != null) {
            if (kickOff == null) {
                kind = MeetingKind.KICK_OFF;
                dueOn = schedule.nextDue(start, List.of()).dueOn();
            } else {
                kind = MeetingKind.REVIEW;
                dueOn = schedule.nextReviewDue(latest);
            }
        }
        String continuation = rs.getString("continuation_to_confirm");
        return new CourseRow(rs.getLong("id"), rs.getString("client_name"), state, start, rs.getString("responsible_name"),
                continuation == null ? null : ContinuationKind.valueOf(continuation), rs.getBoolean("handover_needed"),
                kind, dueOn, dueOn != null && dueOn.isBefore(today));
    }

    /** Overdue first, then by due date; courses to confirm or hand over before the rest. */
    static final Comparator<CourseRow> URGENCY = Comparator
            .comparing((CourseRow r) -> !(r.overdue() || r.continuation() != null || r.handoverNeeded()))
            .thenComparing(r -> r.dueOn() == null ? LocalDate.MAX : r.dueOn())
            .thenComparing(CourseRow::id);

    /** The first rows of the caseworker's panel in {@link #URGENCY} order, and how many there are in all. */
    public record Mine(List<CourseRow> rows, int total) {
    }

    /**
     * Issue 10: the caseworker's panel bounded: the order of {@link #URGENCY} (what {@link #row} works out with
     * the MeetingSchedule) is computed in SQL, so only the first {@code limit} courses are read in full and
     * the rest are only counted. Kick-off due: the start plus kickOffWithin; review due: the latest meeting plus
     * the review interval (PostgreSQL adds the months before the days and clamps to the month's end, as
     * {@code LocalDate.plus(Period)} does).
     */
    public Mine mine(long userId, MeetingSchedule schedule, LocalDate today, int limit) {
        int[] total = {0};
        List<CourseRow> rows = new ArrayList<>(jdbc.query("""
                select * from (
                  %s
                  where k.state <> 'ENDED' and (k.responsible_user_id = ? or (k.state = 'PREPARING' and k.created_by = ?))
                ) r
                cross join lateral (
                  select case when r.state = 'ACTIVE' and r.start_date is not null
                              then case when r.kick_off is null then %s else %s end end as due_on
                ) d
                order by not (coalesce(d.due_on < ?, false) or r.continuation_to_confirm is not null or coalesce(r.handover_needed, false)),
                         coalesce(d.due_on, 'infinity'::date), r.id
                limit ?
                """.formatted(ROW_SELECT.replace("select k.id,", "select count(*) over () as total, k.id,"),
                        plus("r.start_date", schedule.kickOffWithin()), plus("r.latest", schedule.reviewInterval())),
                (rs, i) -> {
                    total[0] = rs.getInt("total");
                    return row(rs, schedule, today);
                }, userId, userId, Date.valueOf(today), limit));
        rows.sort(URGENCY);
        return new Mine(rows, total[0]);
    }

    /** How many the coordinator's panel shows at most; the count says how many there are. */
    static final int PANEL_LIMIT = 25;

    /**
     * The area's active courses whose kick-off or review is overdue, or whose continuation awaits
     * confirmation (C13). Issue 10/13: read from the ordered dates of course_duty_summary (V707) so only
     * the first courses of each kind are looked at, not every active course of the area; only the courses
     * the coordinator's panel shows are read in full, in the panel's order (what is due is still worked
     * out by {@link #row} with the MeetingSchedule).
     * A course's due date is its kick-off base plus kickOffWithin or its review base plus reviewInterval,
     * so the panel's first courses are among the first by each base. Adding months can map up to three
     * base days to one due date (31 January and 28 February + 1 month), so each kind's candidates run three
     * days past the last one needed; the courses to confirm are few and all taken.
     */
    private static String dueOf(String base, java.time.Period p) {
        return plus("s." + base, p);
    }

    /** A date column plus a period, in SQL. */
    private static String plus(String column, java.time.Period p) {
        return "(%s + make_interval(years => %d, months => %d, days => %d))::date"
                .formatted(column, p.getYears(), p.getMonths(), p.getDays());
    }

    private static String overdueIdsOfArea(MeetingSchedule schedule, int wanted) {
        String kickOffDue = dueOf("kick_off_base", schedule.kickOffWithin());
        String reviewDue = dueOf("review_base", schedule.reviewInterval());
        return """
                with %s, %s, c as (
                    select s.course_id as id, coalesce(%s, %s) as due from course_duty_summary s
                    where s.area_id = :area and s.course_continuation_pending and s.course_state = 'ACTIVE'
                )
                select id from (select * from k union select * from r union select * from c) u
                order by due nulls last, id limit %d
                """.formatted(firstOverdue("k", "kick_off_base", kickOffDue, wanted),
                firstOverdue("r", "review_base", reviewDue, wanted), kickOffDue, reviewDue, wanted);
    }

    /**
     * The CTEs {@code last_<name>} and {@code <name>}: the area's courses overdue by one base column, only the
     * first {@code wanted} of them by that base and the courses up to three base days past the last of those.
     */
    private static String firstOverdue(String name, String base, String due, int wanted) {
        return """
                last_%1$s as (
                    select s.%2$s as base from course_duty_summary s
                    where s.area_id = :area and s.%2$s is not null and %3$s < :today
                    order by s.%2$s, s.course_id offset %4$d limit 1
                ), %1$s as (
                    select s.course_id as id, %3$s as due from course_duty_summary s
                    where s.area_id = :area and s.%2$s is not null and %3$s < :today
                      and (not exists (select 1 from last_%1$s) or s.%2$s <= (select base from last_%1$s) + 3)
                )""".formatted(name, base, due, wanted - 1);
    }

    /** The coordinator's panel: the first {@link #PANEL_LIMIT} overdue courses of the area, most urgent first. */
    public List<CourseRow> overdueInArea(long areaId, MeetingSchedule schedule, LocalDate today) {
        List<CourseRow> rows = new ArrayList<>(named().query(ROW_SELECT + " where k.id in ("
                        + overdueIdsOfArea(schedule, PANEL_LIMIT) + ")",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("area", areaId)
                        .addValue("today", Date.valueOf(today)), (rs, i) -> row(rs, schedule, today)));
        rows.removeIf(r -> !r.overdue() && r.continuation() == null);
        rows.sort(URGENCY);
        return rows;
    }

    /** How many courses of the area the coordinator's overdue panel covers in all. */
    public int countOverdueInArea(long areaId, MeetingSchedule schedule, LocalDate today) {
        String kickOffDue = dueOf("kick_off_base", schedule.kickOffWithin());
        String reviewDue = dueOf("review_base", schedule.reviewInterval());
        Integer n = named().queryForObject("""
                select (select count(*) from course_duty_summary s
                        where s.area_id = :area and s.kick_off_base is not null and %1$s < :today)
                     + (select count(*) from course_duty_summary s
                        where s.area_id = :area and s.review_base is not null and %2$s < :today)
                     + (select count(*) from course_duty_summary s
                        where s.area_id = :area and s.course_continuation_pending and s.course_state = 'ACTIVE'
                          and not coalesce(coalesce(%1$s, %2$s) < :today, false))
                """.formatted(kickOffDue, reviewDue),
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("area", areaId)
                        .addValue("today", Date.valueOf(today)), Integer.class);
        return n == null ? 0 : n;
    }

    private org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named() {
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
    }

    /** The coordinator's panel: the area's courses by state, and those being prepared without a mentor. One query. */
    public record AreaCounts(Map<CourseState, Integer> byState, int withoutMentor) {
    }

    public AreaCounts countsByState(long areaId) {
        Map<CourseState, Integer> counts = new EnumMap<>(CourseState.class);
        for (CourseState s : CourseState.values()) {
            counts.put(s, 0);
        }
        int[] withoutMentor = {0};
        jdbc.query("""
                select state, count(*), count(*) filter (where state = 'PREPARING' and mentor_id is null)
                from mentor_course where area_id = ? group by state
                """, rs -> {
                    counts.put(CourseState.valueOf(rs.getString(1)), rs.getInt(2));
                    withoutMentor[0] += rs.getInt(3);
                }, areaId);
        return new AreaCounts(counts, withoutMentor[0]);
    }

    /**
     * The orders of the course list (issue 16): a whitelist, so no parameter ever reaches the SQL; each
     * ends with the id so pages never overlap. The client is sorted as the list shows the name.
     */
    public enum Sort implements ListOrder {
        NEWEST("nyeste", "k.id desc", "k.id"),
        CLIENT("klient", "lower(c.first_name || ' ' || c.last_name), k.id",
                "lower(c.first_name || ' ' || c.last_name) desc, k.id desc"),
        STATE("tilstand", "case k.state when 'PREPARING' then 0 when 'ACTIVE' then 1 else 2 end, k.id",
                "case k.state when 'PREPARING' then 0 when 'ACTIVE' then 1 else 2 end desc, k.id desc"),
        START("start", "k.start_date nulls last, k.id", "k.start_date desc nulls last, k.id desc"),
        RESPONSIBLE("ansvarlig", "lower(k.responsible_name) nulls last, k.id",
                "lower(k.responsible_name) desc nulls last, k.id desc");

        private final String parameter;
        private final String ascending;
        private final String descending;

        Sort(String parameter, String ascending, String descending) {
            this.parameter = parameter;
            this.ascending = ascending;
            this.descending = descending;
        }

        @Override
        public String parameter() {
            return parameter;
        }

        /** The order named by a request parameter; the newest first for anything else. */
        public static Sort fromParameter(String value) {
            return ListOrder.fromParameter(Sort.class, value, NEWEST);
        }

        String orderBy(boolean descending) {
            return descending ? this.descending : ascending;
        }
    }

    /**
     * What the course list is restricted to and ordered by.
     *
     * @param responsibleUserId only the courses this user is responsible for; null for all
     * @param name part of the client's full name (case-insensitive); null for any
     */
    public record ListCriteria(CourseState state, Long responsibleUserId, String name, Sort sort, boolean descending) {
    }

    /** The course list of an area (null: all areas), one page plus one row to know if more follow. */
    public List<CourseRow> list(Long areaId, ListCriteria criteria, int page, int size, MeetingSchedule schedule,
                                LocalDate today) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = listSelect(areaId, criteria, args);
        sql.append(" order by ").append(criteria.sort().orderBy(criteria.descending())).append(" limit ? offset ?");
        args.add(size + 1);
        args.add((long) page * size);
        return jdbc.query(sql.toString(), (rs, i) -> row(rs, schedule, today), args.toArray());
    }

    /**
     * Issue 12: the rows of {@link #list} for every page at once (at most {@code maxRows}), read with a
     * database cursor and handed to {@code sink} one at a time. Returns the number of rows.
     */
    public int stream(Long areaId, ListCriteria criteria, int maxRows, MeetingSchedule schedule, LocalDate today,
                      java.util.function.Consumer<CourseRow> sink) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = listSelect(areaId, criteria, args);
        sql.append(" order by ").append(criteria.sort().orderBy(criteria.descending())).append(" limit ?");
        args.add(maxRows);
        JdbcTemplate cursor = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
        cursor.setFetchSize(500); // PostgreSQL streams with a fetch size inside a transaction
        int[] rows = {0};
        cursor.query(sql.toString(), (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            sink.accept(row(rs, schedule, today));
            rows[0]++;
        }, args.toArray());
        return rows[0];
    }

    private StringBuilder listSelect(Long areaId, ListCriteria criteria, List<Object> args) {
        StringBuilder sql = new StringBuilder(ROW_SELECT).append("""
                where (cast(? as bigint) is null or k.area_id = ?
                       or exists (select 1 from course_handover h where h.course_id = k.id and h.from_area_id = ?))
                """);
        args.addAll(java.util.Arrays.asList(areaId, areaId, areaId));
        if (criteria.state() != null) {
            sql.append(" and k.state = ?");
            args.add(criteria.state().name());
        }
        if (criteria.responsibleUserId() != null) {
            sql.append(" and k.responsible_user_id = ?");
            args.add(criteria.responsibleUserId());
        }
        if (criteria.name() != null && !criteria.name().isBlank()) {
            // as the client list's search: served by the trigram index client_full_name_trgm_idx (V700)
            sql.append(" and lower(c.first_name || ' ' || c.last_name) like ?");
            args.add("%" + criteria.name().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql;
    }

    /** The area's clients without an open course, for preparing a new one. One query. */
    public List<Person> clientsWithoutOpenCourse(long areaId) {
        return jdbc.query("""
                select c.id, c.first_name || ' ' || c.last_name from client_card c
                where c.area_id = ? and c.custody_status not in ('RELEASED_NO_SUPERVISION', 'ELECTRONIC_MONITORING')
                  and not exists (select 1 from mentor_course k where k.client_id = c.id and k.state <> 'ENDED')
                order by c.last_name, c.first_name, c.id
                limit 500
                """, (rs, i) -> new Person(rs.getLong(1), rs.getString(2)), areaId);
    }

    /** The open (preparing or active) course of a client, if any. */
    public Optional<Long> openCourseOf(long clientId) {
        return jdbc.queryForList("select id from mentor_course where client_id = ? and state <> 'ENDED'", Long.class,
                clientId).stream().findFirst();
    }

    /**
     * CI2: locks the mentor's row so parallel appointments to the mentor are serialised (see mentor.Workload).
     * A lock taken through a simple view locks the rows of the table under it (PostgreSQL), so the course
     * feature needs no access to the registry's table. False when there is no such mentor.
     */
    /**
     * The need areas of the client's latest LS/RNR assessment (published view client_latest_need)
     * assessed at the given level or higher, in the order of the central eight.
     */
    public List<NeedArea> needAreasAtLeast(long clientId, RiskLevel level) {
        return jdbc.query("select need_area, level from client_latest_need where client_id = ?",
                        (rs, i) -> RiskLevel.valueOf(rs.getString(2)).compareTo(level) >= 0
                                ? NeedArea.valueOf(rs.getString(1)) : null, clientId)
                .stream().filter(Objects::nonNull).sorted().toList();
    }

    public boolean lockMentor(long mentorId) {
        return !jdbc.queryForList("select id from mentor_card where id = ? for update", Long.class, mentorId).isEmpty();
    }

    private static LocalDate toDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    // ---------------------------------------------------------------- issue 12: meeting plans and calendar feed

    /** The e-mail address of an enabled user (staff_card), if any: where a meeting invitation goes. */
    public Optional<String> staffEmail(Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select email from staff_card where id = ? and enabled and email is not null",
                String.class, userId).stream().findFirst();
    }

    /** The client's first name only: what an invitation or a calendar feed may show of the client. */
    public String clientFirstName(long clientId) {
        return jdbc.queryForList("select first_name from client_card where id = ?", String.class, clientId).stream()
                .findFirst().orElse("");
    }

    /** A course in a user's calendar feed: its id, the client's first name, its state and start. */
    public record FeedCourse(long id, String clientFirstName, CourseState state, LocalDate startDate,
                             boolean responsible) {
    }

    /**
     * The courses not ended that a user takes part in: as the responsible person, or as the mentor (through the
     * mentor linked to the user, mentor_card). At most {@code limit}, latest first.
     */
    public List<FeedCourse> feedCourses(long userId, int limit) {
        return jdbc.query("""
                select k.id, c.first_name, k.state, k.start_date, k.responsible_user_id = ? as responsible
                from mentor_course k
                join client_card c on c.id = k.client_id
                where k.state <> 'ENDED'
                  and (k.responsible_user_id = ? or k.mentor_id in (select m.id from mentor_card m where m.user_id = ?))
                order by k.id desc limit ?
                """, (rs, i) -> new FeedCourse(rs.getLong(1), rs.getString(2), CourseState.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getBoolean(5)), userId, userId, userId, limit);
    }
}

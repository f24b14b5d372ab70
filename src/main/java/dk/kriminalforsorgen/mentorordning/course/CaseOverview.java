package dk.kriminalforsorgen.mentorordning.course;

import java.sql.Array;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;

/**
 * The case overview on the client page (issue 12): the client's courses, current and earlier, with their state, and
 * one timeline, newest first and a page at a time, of what happened in them: prepared, established (the decision, §7),
 * ended (the decision, §19), meetings held (C5, C8) and planned, moved off or cancelled, and status reports delivered
 * (S1, S3). Only the courses the user may see (AZ2, C2: the current area and the areas they were handed over from;
 * the directorate all). The client page calls it through the {@code @caseOverview} bean after the client record was
 * opened (area checked and audited there), so the client feature needs no Java dependency on this one. Reads the
 * course's own table and the published views {@code course_meeting_card}, {@code meeting_plan_card} and
 * {@code status_report_card}: kinds, days and states, never agreements or report texts.
 */
@Component("caseOverview")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseOverview {

    /** Entries per page of the timeline; the client's courses are at most {@link #COURSES}. */
    public static final int PAGE = 20;
    static final int COURSES = 50;

    private final CourseAccess access;
    private final ReferenceData referenceData;
    private final JdbcTemplate jdbc;

    /** The page asked for in the URL; anything else than a small number is the first page. */
    static int pageNumber(String page) {
        if (page == null || !page.matches("\\d{1,4}")) {
            return 0;
        }
        return Integer.parseInt(page);
    }

    /** A course of the client as the overview lists it. */
    public record CourseLine(long id, CourseState state, LocalDate startDate, LocalDate endedOn, String areaName) {
    }

    /**
     * One event of the timeline: its day, what ({@code PREPARED}, {@code ESTABLISHED}, {@code ENDED},
     * {@code MEETING_<kind>}, {@code PLAN_<status>}, {@code REPORT_<kind>}), a detail key part (an end reason, a
     * meeting kind, a report status) and the course.
     */
    public record Entry(LocalDate day, String what, String detail, long courseId) {

        public String messageKey() {
            return "case.timeline." + what;
        }

        /** What kind of event, for the text's argument: MEETING, PLAN, REPORT, ENDED, PREPARED, ESTABLISHED. */
        public String group() {
            int underscore = what.indexOf('_');
            return underscore < 0 ? what : what.substring(0, underscore);
        }
    }

    public record Overview(List<CourseLine> courses, List<Entry> entries, int page, boolean hasNext) {
    }

    @Transactional(readOnly = true)
    public Overview of(long clientId, String page) {
        int shown = pageNumber(page);
        List<CourseLine> courses = jdbc.query("""
                select k.id, k.state, k.start_date, k.ended_on, k.area_id from mentor_course k
                where k.client_id = ? order by k.id desc limit ?
                """, (rs, i) -> access.isVisible(rs.getLong(1), rs.getLong(5)) ? new CourseLine(rs.getLong(1),
                CourseState.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                referenceData.areaName(rs.getLong(5))) : null, clientId, COURSES)
                .stream().filter(java.util.Objects::nonNull).toList();
        if (courses.isEmpty()) {
            return new Overview(courses, List.of(), 0, false);
        }
        Long[] ids = courses.stream().map(CourseLine::id).toArray(Long[]::new);
        List<Entry> entries = jdbc.execute((ConnectionCallback<List<Entry>>) connection -> {
            Array array = connection.createArrayOf("bigint", ids);
            return jdbc.query("""
                    select day, what, detail, course_id from (
                      select (k.created_at at time zone 'Europe/Copenhagen')::date as day, 'PREPARED' as what,
                             null as detail, k.id as course_id, 0 as ref
                      from mentor_course k where k.id = any(?)
                      union all
                      select k.start_date, 'ESTABLISHED', null, k.id, 0 from mentor_course k
                      where k.id = any(?) and k.start_date is not null
                      union all
                      select k.ended_on, 'ENDED', k.end_reason, k.id, 0 from mentor_course k
                      where k.id = any(?) and k.ended_on is not null
                      union all
                      select m.held_on, 'MEETING_' || m.kind, null, m.course_id, m.id from course_meeting_card m
                      where m.course_id = any(?)
                      union all
                      select p.meeting_date, 'PLAN_' || p.status, p.kind, p.course_id, p.id from meeting_plan_card p
                      where p.course_id = any(?) and p.status <> 'HELD'
                      union all
                      select coalesce(r.delivered_on, r.period_end), 'REPORT_' || r.kind, r.status, r.course_id, r.id
                      from status_report_card r where r.course_id = any(?) and r.status <> 'DRAFT'
                    ) t order by day desc, course_id desc, ref desc, what limit ? offset ?
                    """, (rs, i) -> new Entry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                    rs.getLong(4)), array, array, array, array, array, array, PAGE + 1, shown * PAGE);
        });
        boolean hasNext = entries.size() > PAGE;
        return new Overview(courses, hasNext ? entries.subList(0, PAGE) : entries, shown, hasNext);
    }
}

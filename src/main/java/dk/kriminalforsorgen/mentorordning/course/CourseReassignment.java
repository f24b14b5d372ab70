package dk.kriminalforsorgen.mentorordning.course;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * Issue 11: when a responsible person is disabled or moved, or a mentor made inactive or retired, the coordinator sees
 * the open (active or preparing) courses of their own area that depend on that person, a page at a time, and gives the
 * chosen courses to a new responsible person in one go (C7, §13 stk. 2) with a coded reason: each course is loaded
 * through the area check (another area's course: 404, C1: only the course's area decides), checked against the
 * version the page showed and against still having the old responsible person (a stale page changes nothing), and
 * audited one row per course, all in one transaction. A new mentor is chosen per course on the existing matching page
 * (M1-M10 through the appointment policy); this page lists them with the way there.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseReassignment {

    /** The courses shown and reassigned at a time (issue 10: bounded pages). */
    public static final int PAGE_SIZE = 25;
    private static final int MAX_PAGE = 200;

    private final CourseAccess access;
    private final CourseQueries queries;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final CourseCalendar calendar;

    /** An open course as the list shows it; {@code version} goes back with the form (CI1). */
    public record OpenCourse(long id, long version, long clientId, String clientName, CourseState state,
                             LocalDate startDate) {

        /** The form's value for this course: its id and the version the page showed. */
        public String choice() {
            return id + ":" + version;
        }
    }

    /** The person the courses depend on, as far as the page needs to know. */
    public record Person(long id, String name, boolean canBeResponsible) {
    }

    public record CoursePage(Person person, List<OpenCourse> courses, int page, boolean hasNext, long total) {
    }

    /**
     * The open courses of the coordinator's area whose responsible person is {@code userId}. 404 (audited) for a user
     * who does not exist, or who is of another area and has no open course in this one.
     */
    public CoursePage ofResponsible(long userId, int page) {
        long areaId = areaOfUser();
        Map<String, Object> user = jdbc.queryForList("select display_name, role, area_id, enabled from staff_card where id = ?",
                userId).stream().findFirst().orElseThrow(() -> new NotFoundException("user " + userId));
        long total = count("responsible_user_id", userId, areaId);
        boolean sameArea = Objects.equals(toLong(user.get("area_id")), areaId);
        if (!sameArea && total == 0) {
            audit.recordSeparately(null, AccessChecker.ACCESS_DENIED, "USER", userId, "other area");
            throw new NotFoundException("user " + userId);
        }
        boolean canBeResponsible = sameArea && Boolean.TRUE.equals(user.get("enabled"))
                && List.of("CASEWORKER", "COORDINATOR").contains(String.valueOf(user.get("role")));
        Person person = new Person(userId, (String) user.get("display_name"), canBeResponsible);
        audit.record("COURSE_REASSIGNMENT_VIEWED", "USER", userId, "responsible=" + userId + " courses=" + total);
        return page(person, "responsible_user_id", userId, areaId, page, total);
    }

    /** The open courses of the coordinator's area with the registry mentor {@code mentorId} (the registry is national). */
    public CoursePage ofMentor(long mentorId, int page) {
        long areaId = areaOfUser();
        Map<String, Object> mentor = jdbc.queryForList(
                "select first_name || ' ' || last_name as name, status from mentor_card where id = ?", mentorId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("mentor " + mentorId));
        long total = count("mentor_id", mentorId, areaId);
        Person person = new Person(mentorId, (String) mentor.get("name"),
                List.of("APPROVED").contains(String.valueOf(mentor.get("status"))));
        audit.record("COURSE_REASSIGNMENT_VIEWED", "MENTOR", mentorId, "mentor=" + mentorId + " courses=" + total);
        return page(person, "mentor_id", mentorId, areaId, page, total);
    }

    /** C7: who may take over: the enabled caseworkers and coordinators of the coordinator's area, but not the person. */
    @Transactional(readOnly = true)
    public List<CourseQueries.Person> candidates(long fromUserId) {
        return queries.responsibleCandidates(areaOfUser()).stream().filter(p -> p.id() != fromUserId).toList();
    }

    /**
     * Gives the chosen courses ({@code "id:version"} as the page showed them) of {@code fromUserId} to
     * {@code toUserId} in one transaction: all or none. Returns the number of courses reassigned.
     *
     * @throws Refusal            a missing or wrong choice (the reason, the new person, no course)
     * @throws StaleEditException a course changed since the page was shown (its version, or another person took it)
     * @throws NotFoundException  a course or user of another area (audited)
     */
    public int reassignResponsible(long fromUserId, List<String> chosen, Long toUserId, ReassignReason reason) {
        long areaId = areaOfUser();
        ofResponsibleVisible(fromUserId, areaId);
        List<RuleViolation> problems = new ArrayList<>();
        Map<Long, Long> versions = parse(chosen, problems);
        CourseQueries.Person to = null;
        if (toUserId == null) {
            problems.add(RuleViolation.onField(Rule.C7, "responsibleUserId", "course.establish.noResponsible"));
        } else if (toUserId == fromUserId) {
            problems.add(RuleViolation.onField(Rule.C7, "responsibleUserId", "course.reassign.samePerson"));
        } else {
            to = queries.responsibleCandidate(toUserId, areaId).orElse(null);
            if (to == null) {
                problems.add(RuleViolation.onField(Rule.C7, "responsibleUserId", "course.establish.responsibleNotInArea"));
            }
        }
        if (reason == null) {
            problems.add(RuleViolation.onField(Check.INPUT, "reason", "course.reassign.reason.required"));
        }
        Refusal.throwIfAny(problems);
        for (Map.Entry<Long, Long> choice : versions.entrySet()) {
            long id = choice.getKey();
            MentorCourse course = access.requireDeciding(id);
            StaleEditException.requireVersion(choice.getValue(), course.getVersion(), "course " + id);
            if (!Objects.equals(course.getResponsibleUserId(), fromUserId) || course.getState() == CourseState.ENDED) {
                throw new StaleEditException("course " + id + " no longer has responsible " + fromUserId);
            }
            course.appointResponsible(to.id(), to.name(), calendar.now());
            access.save(course);
            audit.record("COURSE_RESPONSIBLE_REASSIGNED", CourseAccess.SUBJECT, id,
                    "from=" + fromUserId + " to=" + to.id() + " reason=" + reason.name());
        }
        return versions.size();
    }

    /** A person whose open courses in the area need a decision, with how many (the coordinator's start page). */
    public record Gone(long id, String name, long courses) {
    }

    /** The start page's panels: at most this many people of each kind, the rest behind the notices. */
    public static final int GONE_SHOWN = 10;

    /**
     * The responsible people of open courses of the coordinator's area who can no longer be responsible there
     * (disabled, moved to another area, or a role that cannot be responsible): C7.
     */
    @Transactional(readOnly = true)
    public List<Gone> goneResponsibles() {
        return jdbc.query("""
                select s.id, s.display_name, k.courses
                from (select responsible_user_id, count(*) as courses from mentor_course
                      where area_id = ? and state in ('ACTIVE', 'PREPARING') group by responsible_user_id) k
                -- Issue 10/13: counted from the index first, then each responsible person looked up by key
                -- ("offset 0" keeps the planner from scanning every user to join them).
                cross join lateral (select u.id, u.display_name from staff_card u where u.id = k.responsible_user_id
                                    and not (u.enabled and u.area_id = ? and u.role in ('CASEWORKER', 'COORDINATOR'))
                                    offset 0) s
                order by s.display_name, s.id limit ?
                """, (rs, i) -> new Gone(rs.getLong("id"), rs.getString("display_name"), rs.getLong("courses")),
                areaOfUser(), areaOfUser(), GONE_SHOWN);
    }

    /** The mentors of open courses of the coordinator's area who are inactive or retired in the registry. */
    @Transactional(readOnly = true)
    public List<Gone> goneMentors() {
        return jdbc.query("""
                select m.id, m.first_name || ' ' || m.last_name as name, count(*) as courses
                from mentor_course k join mentor_card m on m.id = k.mentor_id
                where k.area_id = ? and k.state in ('ACTIVE', 'PREPARING') and m.status in ('INACTIVE', 'RETIRED')
                group by m.id, m.first_name, m.last_name order by name, m.id limit ?
                """, (rs, i) -> new Gone(rs.getLong("id"), rs.getString("name"), rs.getLong("courses")),
                areaOfUser(), GONE_SHOWN);
    }

    // ---- helpers ----

    private void ofResponsibleVisible(long userId, long areaId) {
        Map<String, Object> user = jdbc.queryForList("select area_id from staff_card where id = ?", userId).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("user " + userId));
        if (!Objects.equals(toLong(user.get("area_id")), areaId) && count("responsible_user_id", userId, areaId) == 0) {
            audit.recordSeparately(null, AccessChecker.ACCESS_DENIED, "USER", userId, "other area");
            throw new NotFoundException("user " + userId);
        }
    }

    /** {@code "id:version"} per chosen course, at most a page of them. */
    private static Map<Long, Long> parse(List<String> chosen, List<RuleViolation> problems) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        if (chosen == null || chosen.isEmpty()) {
            problems.add(RuleViolation.onField(Check.INPUT, "courses", "course.reassign.noneChosen"));
            return versions;
        }
        if (chosen.size() > PAGE_SIZE) {
            problems.add(RuleViolation.onField(Check.INPUT, "courses", "course.reassign.tooMany", PAGE_SIZE));
            return versions;
        }
        for (String value : chosen) {
            String[] parts = value == null ? new String[0] : value.split(":");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException(value);
                }
                versions.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            } catch (NumberFormatException bad) {
                problems.add(RuleViolation.onField(Check.INPUT, "courses", "course.reassign.noneChosen"));
                return versions;
            }
        }
        return versions;
    }

    private long areaOfUser() {
        Long areaId = access.user().areaId();
        if (areaId == null) {
            throw new NotFoundException("no area");
        }
        return areaId;
    }

    private long count(String column, long personId, long areaId) {
        Long n = jdbc.queryForObject("select count(*) from mentor_course where " + column + " = ? and area_id = ? "
                + "and state in ('ACTIVE', 'PREPARING')", Long.class, personId, areaId);
        return n == null ? 0 : n;
    }

    private CoursePage page(Person person, String column, long personId, long areaId, int page, long total) {
        int safePage = Math.max(0, Math.min(page, MAX_PAGE));
        List<OpenCourse> rows = jdbc.query("""
                select k.id, k.version, k.client_id, c.first_name || ' ' || c.last_name as client_name, k.state,
                       coalesce(k.start_date, k.planned_start) as start_date
                from mentor_course k join client_card c on c.id = k.client_id
                where k.%s = ? and k.area_id = ? and k.state in ('ACTIVE', 'PREPARING')
                order by k.id limit ? offset ?
                """.formatted(column), (rs, i) -> new OpenCourse(rs.getLong("id"), rs.getLong("version"),
                rs.getLong("client_id"), rs.getString("client_name"), CourseState.valueOf(rs.getString("state")),
                toDate(rs.getDate("start_date"))), personId, areaId, PAGE_SIZE + 1, safePage * PAGE_SIZE);
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new CoursePage(person, hasNext ? rows.subList(0, PAGE_SIZE) : rows, safePage, hasNext, total);
    }

    private static Long toLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate toDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

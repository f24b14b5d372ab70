package dk.kriminalforsorgen.mentorordning.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The clients, courses, mentors and staff members a test wrote in SQL and must take away again, because they are
 * committed (the pages under test read them from other transactions): the test adds each id to its list as it
 * makes the record. {@link #removeAll()} deletes them with what hangs on them, in one place that knows the order,
 * with the triggers off (submitted reports are protected by S4).
 */
public final class MadeRecords {

    /** The ids of the made clients; their courses go with them without being listed. */
    public final List<Long> clients = new ArrayList<>();
    public final List<Long> courses = new ArrayList<>();
    public final List<Long> mentors = new ArrayList<>();
    public final List<Long> staff = new ArrayList<>();

    /** Deletes every made record (nothing when none was made) and forgets them. */
    public void removeAll() {
        if (clients.isEmpty() && courses.isEmpty() && mentors.isEmpty() && staff.isEmpty()) {
            return;
        }
        String clientIds = inList(clients);
        String mentorIds = inList(mentors);
        String courseIds = "select id from mentor_course where id in (" + inList(courses) + ") or client_id in ("
                + clientIds + ")";
        String plans = "select id from action_plan where course_id in (" + courseIds + ")";
        String versions = "select id from action_plan_version where plan_id in (" + plans + ")";
        TestDatabase.shared().runWithoutTriggers(List.of(
                "delete from status_report where course_id in (" + courseIds + ")",
                "delete from action_plan_task where version_id in (" + versions + ")",
                "delete from action_plan_goal where version_id in (" + versions + ")",
                "delete from action_plan_version where plan_id in (" + plans + ")",
                "delete from action_plan where course_id in (" + courseIds + ")",
                "delete from course_meeting where course_id in (" + courseIds + ")",
                "delete from course_goal_outcome where course_id in (" + courseIds + ")",
                "delete from course_duty_summary where course_id in (" + courseIds + ")",
                "delete from insight_course_compliance where course_id in (" + courseIds + ")",
                "delete from mentor_course where id in (" + courseIds + ")",
                "delete from mentor_offer where client_id in (" + clientIds + ")",
                "delete from client where id in (" + clientIds + ")",
                "delete from approval_case where mentor_id in (" + mentorIds + ")",
                "delete from mentor_need_area where mentor_id in (" + mentorIds + ")",
                "delete from mentor_workload where mentor_id in (" + mentorIds + ")",
                "delete from mentor where id in (" + mentorIds + ")",
                "delete from app_user where id in (" + inList(staff) + ")"));
        clients.clear();
        courses.clear();
        mentors.clear();
        staff.clear();
    }

    /** The ids for SQL's {@code in (…)}; {@code null} (which matches no row) when there are none. */
    private static String inList(List<Long> ids) {
        return ids.isEmpty() ? "null" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}

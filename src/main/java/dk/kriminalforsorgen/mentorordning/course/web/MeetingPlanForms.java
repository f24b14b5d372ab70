package dk.kriminalforsorgen.mentorordning.course.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import lombok.Getter;

import dk.kriminalforsorgen.mentorordning.course.CourseMeetingPlans;
import dk.kriminalforsorgen.mentorordning.meeting.MeetingPlan;

/** The forms of meetings planned ahead (issue 12): plan, move, cancel and the outcome afterwards. */
final class MeetingPlanForms {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private MeetingPlanForms() {
    }

    /** When and where: shared by planning and moving. */
    @Getter
    static class SlotFields {
        private LocalDate day;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime start;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime end;
        private String place;

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        MeetingPlan.Slot slot() {
            return new MeetingPlan.Slot(day, start, end, place == null ? null : place.strip());
        }

        void check(BindingResult result) {
            if (day == null) {
                result.rejectValue("day", "meeting.plan.day.required");
            }
            if (start == null) {
                result.rejectValue("start", "meeting.plan.start.required");
            }
            if (end == null) {
                result.rejectValue("end", "meeting.plan.end.required");
            }
            requireText(result, "place", place, "meeting.plan.place.required");
        }
    }

    @Getter
    static class PlanForm extends SlotFields {
        private boolean client = true;
        private boolean mentor = true;
        private boolean responsible = true;
        private String otherName1;
        private String otherEmail1;
        private String otherName2;
        private String otherEmail2;

        public void setClient(boolean client) {
            this.client = client;
        }

        public void setMentor(boolean mentor) {
            this.mentor = mentor;
        }

        public void setResponsible(boolean responsible) {
            this.responsible = responsible;
        }

        public void setOtherName1(String otherName1) {
            this.otherName1 = otherName1;
        }

        public void setOtherEmail1(String otherEmail1) {
            this.otherEmail1 = otherEmail1;
        }

        public void setOtherName2(String otherName2) {
            this.otherName2 = otherName2;
        }

        public void setOtherEmail2(String otherEmail2) {
            this.otherEmail2 = otherEmail2;
        }

        @Override
        void check(BindingResult result) {
            super.check(result);
            checkOther(result, "1", otherName1, otherEmail1);
            checkOther(result, "2", otherName2, otherEmail2);
        }

        private static void checkOther(BindingResult result, String n, String name, String email) {
            boolean hasEmail = email != null && !email.isBlank();
            if (hasEmail && !EMAIL.matcher(email.strip()).matches()) {
                result.rejectValue("otherEmail" + n, "meeting.plan.other.email.invalid");
            }
            if (hasEmail && (name == null || name.isBlank())) {
                result.rejectValue("otherName" + n, "meeting.plan.other.name.required");
            }
        }

        CourseMeetingPlans.PlanInput input() {
            List<CourseMeetingPlans.Other> others = new ArrayList<>();
            others.add(new CourseMeetingPlans.Other(otherName1, otherEmail1));
            others.add(new CourseMeetingPlans.Other(otherName2, otherEmail2));
            return new CourseMeetingPlans.PlanInput(slot(), client, mentor, responsible, others);
        }
    }

    @Getter
    static class MoveForm extends SlotFields {
        private Long version;
        private String reason;

        public void setVersion(Long version) {
            this.version = version;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        void load(MeetingPlan plan) {
            setDay(plan.getMeetingDate());
            setStart(plan.getStartTime());
            setEnd(plan.getEndTime());
            setPlace(plan.getPlace());
            version = plan.getVersion();
        }

        @Override
        void check(BindingResult result) {
            super.check(result);
            requireText(result, "reason", reason, "meeting.plan.move.reason.required");
        }
    }

    @Getter
    static class CancelForm {
        private Long version;
        private String reason;

        static CancelForm of(MeetingPlan plan) {
            CancelForm form = new CancelForm();
            form.version = plan.getVersion();
            return form;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Getter
    static class OutcomeForm {
        private Long version;

        public void setVersion(Long version) {
            this.version = version;
        }
        /** "held" or "notHeld". */
        private String outcome;
        private Set<Integer> present = new LinkedHashSet<>();
        private String agreements;
        private String reason;

        /** The outcome form of a plan, with every one of its {@code participants} ticked as present. */
        static OutcomeForm of(MeetingPlan plan, int participants) {
            OutcomeForm form = new OutcomeForm();
            form.version = plan.getVersion();
            for (int i = 0; i < participants; i++) {
                form.present.add(i);
            }
            return form;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public void setPresent(Set<Integer> present) {
            this.present = present;
        }

        public void setAgreements(String agreements) {
            this.agreements = agreements;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        boolean held() {
            return "held".equals(outcome);
        }

        List<Boolean> attendance(int participants) {
            List<Boolean> attendance = new ArrayList<>();
            for (int i = 0; i < participants; i++) {
                attendance.add(present != null && present.contains(i));
            }
            return attendance;
        }

        void check(BindingResult result) {
            if (!"held".equals(outcome) && !"notHeld".equals(outcome)) {
                result.rejectValue("outcome", "meeting.plan.outcome.required");
            } else if (held()) {
                if (present == null || present.isEmpty()) {
                    result.rejectValue("present", "meeting.plan.outcome.present.required");
                }
                requireText(result, "agreements", agreements, "meeting.plan.outcome.agreements.required");
            } else {
                requireText(result, "reason", reason, "meeting.plan.outcome.reason.required");
            }
        }
    }

    static void requireText(BindingResult result, String field, String value, String key) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, key);
        }
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}

package dk.kriminalforsorgen.mentorordning.course.web;

import dk.kriminalforsorgen.mentorordning.course.CoursePreparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import dk.kriminalforsorgen.mentorordning.actionplan.ActionPlanVersion;
import dk.kriminalforsorgen.mentorordning.actionplan.MunicipalCooperation;
import dk.kriminalforsorgen.mentorordning.actionplan.MunicipalPlanKind;
import dk.kriminalforsorgen.mentorordning.actionplan.SharingConsent;
import dk.kriminalforsorgen.mentorordning.actionplan.PlanContent;
import dk.kriminalforsorgen.mentorordning.actionplan.TaskDivision;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.course.CourseReading;
import dk.kriminalforsorgen.mentorordning.course.ExpenseType;
import dk.kriminalforsorgen.mentorordning.meeting.Meetings;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.web.EnumValues;

/**
 * The form objects of the course pages (never entities; ids, areas and states are not bindable). Flat
 * forms whose fields are chosen, hidden or free text are records. Forms with typed-in numbers or dates
 * stay JavaBeans: when "7,5x" fails to convert, constructor binding builds no object, and the page must
 * come back with the user's other input and the error next to the field (IN1). Forms with indexed lists
 * (plan rows, goal outcomes) stay JavaBeans because binding fills their rows in place.
 */
public final class CourseForms {

    static final int GOAL_ROWS = 5;

    private CourseForms() {
    }

    public static class PrepareForm {
        private Long clientId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate plannedStart;

        public Long getClientId() { return clientId; }
        public void setClientId(Long clientId) { this.clientId = clientId; }
        public LocalDate getPlannedStart() { return plannedStart; }
        public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    }

    /**
     * C3: the proposal, and the proposed person when the proposal is to become a registry applicant in
     * the same step ({@code createApplicant}, the second button).
     */
    /** {@code createApplicant} is sent only by the "save and create as applicant" button: absent is no (not an error). */
    public record ProposalForm(long version, String proposal, String proposalText, Boolean createApplicant,
                               String firstName, String lastName, LocalDate birthDate, String phone) {

        public ProposalForm(long version, String proposal, String proposalText) {
            this(version, proposal, proposalText, false, null, null, null, null);
        }

        public boolean creatingApplicant() {
            return Boolean.TRUE.equals(createApplicant);
        }

        public CoursePreparation.ProposedPerson person() {
            return creatingApplicant() ? new CoursePreparation.ProposedPerson(firstName, lastName, birthDate, phone) : null;
        }
    }

    public static class GoalRow {
        private String needArea;
        private String description;

        public String getNeedArea() { return needArea; }
        public void setNeedArea(String needArea) { this.needArea = needArea; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    public static class TaskRow {
        private String taskGroup;
        private String mentorTasks;
        private String serviceTasks;

        public String getTaskGroup() { return taskGroup; }
        public void setTaskGroup(String taskGroup) { this.taskGroup = taskGroup; }
        public String getMentorTasks() { return mentorTasks; }
        public void setMentorTasks(String mentorTasks) { this.mentorTasks = mentorTasks; }
        public String getServiceTasks() { return serviceTasks; }
        public void setServiceTasks(String serviceTasks) { this.serviceTasks = serviceTasks; }
    }

    /**
     * The action plan's fields, shared by the plan form and the review form (C4, C6), with the cooperation
     * with the municipality (issue 17), loaded from the current version so it is carried into the next.
     */
    public static class PlanFields {
        private Long planVersion;
        private String needDescription;
        private List<GoalRow> goals = new ArrayList<>();
        private List<TaskRow> tasks = new ArrayList<>();
        private Integer municipalityCode;
        private String contactName;
        private String contactPhone;
        private String contactEmail;
        private String municipalPlanKind;
        private String municipalPlanText;
        private String sharingConsent;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate sharingConsentOn;

        public PlanFields() {
            fill();
        }

        /** Always five goal rows and one row per task group, in order. */
        void fill() {
            while (goals.size() < GOAL_ROWS) {
                goals.add(new GoalRow());
            }
            List<TaskRow> ordered = new ArrayList<>();
            for (TaskGroup group : TaskGroup.values()) {
                TaskRow row = tasks.stream().filter(t -> group.name().equals(t.getTaskGroup())).findFirst()
                        .orElseGet(TaskRow::new);
                row.setTaskGroup(group.name());
                ordered.add(row);
            }
            tasks = ordered;
        }

        void load(ActionPlanVersion version, long planVersion) {
            this.planVersion = planVersion;
            this.needDescription = version.getNeedDescription();
            goals = new ArrayList<>();
            version.getGoals().forEach(g -> {
                GoalRow row = new GoalRow();
                row.setNeedArea(g.getNeedArea().name());
                row.setDescription(g.getDescription());
                goals.add(row);
            });
            tasks = new ArrayList<>();
            for (TaskDivision t : version.getTasks()) {
                TaskRow row = new TaskRow();
                row.setTaskGroup(t.getTaskGroup().name());
                row.setMentorTasks(t.getMentorTasks());
                row.setServiceTasks(t.getServiceTasks());
                tasks.add(row);
            }
            MunicipalCooperation m = version.getMunicipal();
            municipalityCode = m.getMunicipalityCode();
            contactName = m.getContactName();
            contactPhone = m.getContactPhone();
            contactEmail = m.getContactEmail();
            municipalPlanKind = m.getPlanKind().name();
            municipalPlanText = m.getPlanText();
            sharingConsent = m.getConsent() == null ? null : m.getConsent().name();
            sharingConsentOn = m.getConsentOn();
            fill();
        }

        MunicipalCooperation municipal() {
            return new MunicipalCooperation(municipalityCode, contactName, contactPhone, contactEmail,
                    parse(MunicipalPlanKind.class, municipalPlanKind), municipalPlanText,
                    parse(SharingConsent.class, sharingConsent), sharingConsentOn);
        }

        /**
         * No silent loss: a goal row with a need area but no text, or a text but no need area, is an error at
         * the missing field instead of being left out of the plan; only wholly empty rows are left out.
         */
        List<RuleViolation> incompleteGoals() {
            List<RuleViolation> violations = new ArrayList<>();
            for (int i = 0; i < goals.size(); i++) {
                GoalRow row = goals.get(i);
                boolean area = parse(NeedArea.class, row.getNeedArea()) != null;
                boolean text = row.getDescription() != null && !row.getDescription().isBlank();
                if (area && !text) {
                    violations.add(RuleViolation.onField(Check.INPUT, "goals[" + i + "].description",
                            "course.plan.goal.textMissing", i + 1));
                } else if (text && !area) {
                    violations.add(RuleViolation.onField(Check.INPUT, "goals[" + i + "].needArea",
                            "course.plan.goal.needAreaMissing", i + 1));
                }
            }
            return violations;
        }

        /**
         * Whether the fields say something else than {@code current} (a plan version): a typed goal row that
         * is incomplete counts as a change. Line breaks are compared the same whichever way the browser sent them.
         */
        boolean differsFrom(ActionPlanVersion current) {
            return !incompleteGoals().isEmpty() || !normalized(content()).equals(normalized(current.content()));
        }

        private static PlanContent normalized(PlanContent content) {
            return new PlanContent(lines(content.needDescription()),
                    content.goals().stream().map(g -> new PlanContent.GoalText(g.needArea(), lines(g.description())))
                            .toList(),
                    content.tasks().stream().map(t -> new PlanContent.Tasks(t.taskGroup(), lines(t.mentorTasks()),
                            lines(t.serviceTasks()))).toList(), normalized(content.municipal()));
        }

        private static MunicipalCooperation normalized(MunicipalCooperation m) {
            return m == null ? null : new MunicipalCooperation(m.getMunicipalityCode(), m.getContactName(),
                    m.getContactPhone(), m.getContactEmail(), m.getPlanKind(), lines(m.getPlanText()), m.getConsent(),
                    m.getConsentOn());
        }

        private static String lines(String text) {
            return text == null ? null : text.replace("\r\n", "\n");
        }

        /**
         * Carry-over into a first plan (issue 16): the client's documented need, and one empty goal row per
         * need area assessed medium or higher, with the area chosen (the user writes the goal or removes the
         * row by choosing no area).
         */
        void suggest(CourseReading.PlanSuggestion suggestion) {
            needDescription = suggestion.needDescription();
            goals = new ArrayList<>();
            suggestion.needAreas().forEach(area -> {
                GoalRow row = new GoalRow();
                row.setNeedArea(area.name());
                goals.add(row);
            });
            fill();
        }

        PlanContent content() {
            List<PlanContent.GoalText> goalTexts = goals.stream()
                    .map(g -> new PlanContent.GoalText(parse(NeedArea.class, g.getNeedArea()), g.getDescription()))
                    .toList();
            List<PlanContent.Tasks> taskTexts = tasks.stream()
                    .map(t -> new PlanContent.Tasks(parse(TaskGroup.class, t.getTaskGroup()), t.getMentorTasks(),
                            t.getServiceTasks()))
                    .toList();
            return new PlanContent(needDescription, goalTexts, taskTexts, municipal());
        }

        public Long getPlanVersion() { return planVersion; }
        public void setPlanVersion(Long planVersion) { this.planVersion = planVersion; }
        public String getNeedDescription() { return needDescription; }
        public void setNeedDescription(String needDescription) { this.needDescription = needDescription; }
        public List<GoalRow> getGoals() { return goals; }
        public void setGoals(List<GoalRow> goals) { this.goals = goals; }
        public List<TaskRow> getTasks() { return tasks; }
        public void setTasks(List<TaskRow> tasks) { this.tasks = tasks; }
        public Integer getMunicipalityCode() { return municipalityCode; }
        public void setMunicipalityCode(Integer municipalityCode) { this.municipalityCode = municipalityCode; }
        public String getContactName() { return contactName; }
        public void setContactName(String contactName) { this.contactName = contactName; }
        public String getContactPhone() { return contactPhone; }
        public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
        public String getMunicipalPlanKind() { return municipalPlanKind; }
        public void setMunicipalPlanKind(String municipalPlanKind) { this.municipalPlanKind = municipalPlanKind; }
        public String getMunicipalPlanText() { return municipalPlanText; }
        public void setMunicipalPlanText(String municipalPlanText) { this.municipalPlanText = municipalPlanText; }
        public String getSharingConsent() { return sharingConsent; }
        public void setSharingConsent(String sharingConsent) { this.sharingConsent = sharingConsent; }
        public LocalDate getSharingConsentOn() { return sharingConsentOn; }
        public void setSharingConsentOn(LocalDate sharingConsentOn) { this.sharingConsentOn = sharingConsentOn; }
    }

    /** The fields of a meeting held (C5, C8), on the kick-off and the review form. */
    interface HeldMeeting {

        LocalDate getHeldOn();

        String getParticipants();

        String getAgreements();

        /** Its day, who took part and what was agreed are required, each at its field. */
        default void requireHeld(BindingResult result, String agreementsRequired) {
            MeetingPlanForms.requireText(result, "participants", getParticipants(), "meeting.participants.required");
            MeetingPlanForms.requireText(result, "agreements", getAgreements(), agreementsRequired);
            if (getHeldOn() == null) {
                result.rejectValue("heldOn", "meeting.heldOn.required");
            }
        }

        default Meetings.Held held() {
            return new Meetings.Held(getHeldOn(), getParticipants().strip(), getAgreements().strip());
        }
    }

    public static class ReviewForm extends PlanFields implements HeldMeeting {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;
        private String participants;
        private String agreements;
        private boolean revisePlan;

        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public String getParticipants() { return participants; }
        public void setParticipants(String participants) { this.participants = participants; }
        public String getAgreements() { return agreements; }
        public void setAgreements(String agreements) { this.agreements = agreements; }
        public boolean isRevisePlan() { return revisePlan; }
        public void setRevisePlan(boolean revisePlan) { this.revisePlan = revisePlan; }
    }

    public static class KickOffForm implements HeldMeeting {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;
        private String participants;
        private String agreements;

        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public String getParticipants() { return participants; }
        public void setParticipants(String participants) { this.participants = participants; }
        public String getAgreements() { return agreements; }
        public void setAgreements(String agreements) { this.agreements = agreements; }
    }

    public static class EstablishForm {
        private long version;
        private BigDecimal agreedHours;
        private Long responsibleUserId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startDate;
        private boolean continuesAfterRelease;
        private String noContinuationReason;

        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
        public BigDecimal getAgreedHours() { return agreedHours; }
        public void setAgreedHours(BigDecimal agreedHours) { this.agreedHours = agreedHours; }
        public Long getResponsibleUserId() { return responsibleUserId; }
        public void setResponsibleUserId(Long responsibleUserId) { this.responsibleUserId = responsibleUserId; }
        public LocalDate getStartDate() { return startDate; }
        public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
        public boolean isContinuesAfterRelease() { return continuesAfterRelease; }
        public void setContinuesAfterRelease(boolean continuesAfterRelease) { this.continuesAfterRelease = continuesAfterRelease; }
        public String getNoContinuationReason() { return noContinuationReason; }
        public void setNoContinuationReason(String noContinuationReason) { this.noContinuationReason = noContinuationReason; }
    }

    public static class HoursForm {
        private long version;
        private BigDecimal agreedHours;

        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
        public BigDecimal getAgreedHours() { return agreedHours; }
        public void setAgreedHours(BigDecimal agreedHours) { this.agreedHours = agreedHours; }
    }

    public record ResponsibleForm(long version, Long responsibleUserId) {
    }

    public record HandoverForm(String note) {
    }

    public static class FeeForm {
        private BigDecimal monthlyAmount;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom;
        private String basis;

        public BigDecimal getMonthlyAmount() { return monthlyAmount; }
        public void setMonthlyAmount(BigDecimal monthlyAmount) { this.monthlyAmount = monthlyAmount; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
        public String getBasis() { return basis; }
        public void setBasis(String basis) { this.basis = basis; }

        /** A new fee, valid from {@code today} unless the user says otherwise. */
        static FeeForm from(LocalDate today) {
            FeeForm form = new FeeForm();
            form.validFrom = today;
            return form;
        }
    }

    public static class GrantForm {
        private String expenseType;
        private String purpose;
        private BigDecimal amount;

        public String getExpenseType() { return expenseType; }
        public void setExpenseType(String expenseType) { this.expenseType = expenseType; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String purpose) { this.purpose = purpose; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }

        /** A new grant, for an activity (C11) unless the user chooses another expense. */
        static GrantForm forActivity() {
            GrantForm form = new GrantForm();
            form.expenseType = ExpenseType.ACTIVITY.name();
            return form;
        }
    }

    public static class EndForm {
        private long version;
        private String reason;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endedOn;
        private String note;
        private List<String> outcomes = new ArrayList<>();

        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public LocalDate getEndedOn() { return endedOn; }
        public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public List<String> getOutcomes() { return outcomes; }
        public void setOutcomes(List<String> outcomes) { this.outcomes = outcomes; }
    }

    /**
     * The course list's search by the client's name (issue 16), sent by POST and kept in the session (DP3);
     * the list's filters and order ride along so the list comes back as it was.
     */
    public record CourseSearchForm(@jakarta.validation.constraints.Size(max = 100) String navn, String tilstand,
                                   String mine, String sortering, String retning) {
    }

    public record ContinuationForm(long version, String note) {
    }

    /** An enum value from a form, or null when empty or unknown (never an exception: IN3). */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return EnumValues.orNull(type, value);
    }
}

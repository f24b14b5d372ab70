package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dk.kriminalforsorgen.mentorordning.mentor.MentorRegistry.AreaDecision;
import dk.kriminalforsorgen.mentorordning.mentor.RecordResult;

/** The small forms on a mentor's page. Each carries the mentor's version (CI1). */
public final class ActionForms {

    private ActionForms() {
    }

    /** M7: the written consent. */
    public static class ConsentForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate consentGivenOn;
        private long version;

        public LocalDate getConsentGivenOn() { return consentGivenOn; }
        public void setConsentGivenOn(LocalDate v) { consentGivenOn = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    /** M7: the criminal-register check (AZ3: shown only to those who may see it). */
    public static class CheckForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate checkedOn;
        private RecordResult result;
        @Size(max = 2000)
        private String notes;
        private long version;

        public LocalDate getCheckedOn() { return checkedOn; }
        public void setCheckedOn(LocalDate v) { checkedOn = v; }
        public RecordResult getResult() { return result; }
        public void setResult(RecordResult v) { result = v; }
        public String getNotes() { return notes; }
        public void setNotes(String v) { notes = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    /** The area's decision: approve, reject, deactivate, reactivate, retire. */
    public static class DecisionForm {
        @NotNull
        private AreaDecision decision;
        @NotBlank
        @Size(max = 2000)
        private String reason;
        private long version;

        public AreaDecision getDecision() { return decision; }
        public void setDecision(AreaDecision v) { decision = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    /** M8: the area's written justification for finding a registered candidate suitable. */
    public static class FlagForm {
        @NotBlank
        @Size(max = 4000)
        private String justification;
        private long version;

        public String getJustification() { return justification; }
        public void setJustification(String v) { justification = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    /** Temporary unavailability up to and including a date; empty = available. */
    public static class UnavailableForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate unavailableUntil;
        private long version;

        public LocalDate getUnavailableUntil() { return unavailableUntil; }
        public void setUnavailableUntil(LocalDate v) { unavailableUntil = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }

    /** M6: a declared close relation to a client. */
    public static class RelationForm {
        @NotNull
        private Long mentorId;
        @NotBlank
        private String declaredBy;
        @NotBlank
        @Size(max = 500)
        private String description;

        public Long getMentorId() { return mentorId; }
        public void setMentorId(Long v) { mentorId = v; }
        public String getDeclaredBy() { return declaredBy; }
        public void setDeclaredBy(String v) { declaredBy = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    /** M5: the area's exception for an employee, with a written justification. */
    public static class ExceptionForm {
        @NotNull
        private Long mentorId;
        @NotBlank
        @Size(max = 2000)
        private String justification;

        public Long getMentorId() { return mentorId; }
        public void setMentorId(Long v) { mentorId = v; }
        public String getJustification() { return justification; }
        public void setJustification(String v) { justification = v; }
    }

    /** Matching: the hours a week the course is expected to need. */
    public static class ChoiceForm {
        @NotNull
        private Long mentorId;
        private BigDecimal hours;
        @Size(max = 1000)
        private String overrideReason;
        /** CI1: the version of the course whose mentor is chosen (the one matching page for a course). */
        private long version;

        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
        public Long getMentorId() { return mentorId; }
        public void setMentorId(Long v) { mentorId = v; }
        public BigDecimal getHours() { return hours; }
        public void setHours(BigDecimal v) { hours = v; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String v) { overrideReason = v; }
    }
}

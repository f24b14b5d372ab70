package dk.kriminalforsorgen.mentorordning.retention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dk.kriminalforsorgen.mentorordning.retention.SubjectAccessExport.Subject;

/** DP5: whose data to export, and why (the journal number of the person's request). */
public record SubjectAccessForm(
        @NotNull(message = "{subjectAccess.subjectType.required}") Subject subjectType,
        @NotNull(message = "{subjectAccess.subjectId.required}") @Positive(message = "{subjectAccess.subjectId.required}") Long subjectId,
        @NotBlank @Size(max = 500, message = "{subjectAccess.purpose.tooLong}") String purpose) {
}

package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything {@link AppointmentPolicy} needs about one mentor with respect to one client: the
 * mentor's own record, their agreed hours (M10) and the client-specific facts M5 (exception) and
 * M6 (close relation). Built from an entity ({@link #of}) or from one row of the matching query. Issue 17:
 * {@code introductionCompletedOn} (the first introduction course taken, or null) and {@code appointedBefore}
 * (the mentor has had a course or commitment) for the service's introduction policy.
 */
public record MentorFacts(
        Long mentorId,
        MentorStatus status,
        LocalDate birthDate,
        boolean speaksDanish,
        LocalDate cooperationDeclaredOn,
        LocalDate documentationDeclaredOn,
        LocalDate confidentialitySignedOn,
        Long employeeUnitId,
        LocalDate consentGivenOn,
        LocalDate recordCheckedOn,
        RecordResult recordResult,
        boolean directorateApproved,
        LocalDate unavailableUntil,
        BigDecimal agreedHours,
        boolean closeRelationToClient,
        boolean employeeExceptionForClient,
        LocalDate introductionCompletedOn,
        boolean appointedBefore) {

    /** The facts without training (no introduction, never appointed). */
    public MentorFacts(Long mentorId, MentorStatus status, LocalDate birthDate, boolean speaksDanish,
                       LocalDate cooperationDeclaredOn, LocalDate documentationDeclaredOn,
                       LocalDate confidentialitySignedOn, Long employeeUnitId, LocalDate consentGivenOn,
                       LocalDate recordCheckedOn, RecordResult recordResult, boolean directorateApproved,
                       LocalDate unavailableUntil, BigDecimal agreedHours, boolean closeRelationToClient,
                       boolean employeeExceptionForClient) {
        this(mentorId, status, birthDate, speaksDanish, cooperationDeclaredOn, documentationDeclaredOn,
                confidentialitySignedOn, employeeUnitId, consentGivenOn, recordCheckedOn, recordResult,
                directorateApproved, unavailableUntil, agreedHours, closeRelationToClient, employeeExceptionForClient,
                null, false);
    }

    /** The same facts with the mentor's introduction course and whether they were appointed before (issue 17). */
    public MentorFacts withTraining(LocalDate introductionOn, boolean appointed) {
        return new MentorFacts(mentorId, status, birthDate, speaksDanish, cooperationDeclaredOn,
                documentationDeclaredOn, confidentialitySignedOn, employeeUnitId, consentGivenOn, recordCheckedOn,
                recordResult, directorateApproved, unavailableUntil, agreedHours, closeRelationToClient,
                employeeExceptionForClient, introductionOn, appointed);
    }

    public static MentorFacts of(Mentor mentor, BigDecimal agreedHours, boolean closeRelation, boolean exception) {
        Vetting v = mentor.vetting();
        return new MentorFacts(mentor.getId(), mentor.getStatus(), mentor.getBirthDate(), mentor.speaksDanish(),
                mentor.getCooperationDeclaredOn(), mentor.getDocumentationDeclaredOn(),
                mentor.getConfidentialitySignedOn(), mentor.getEmployeeUnitId(), v.consentGivenOn(),
                v.recordCheckedOn(), v.recordResult(), v.isDirectorateApproved(), mentor.getUnavailableUntil(),
                agreedHours, closeRelation, exception);
    }
}

package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything {@link AppointmentPolicy} needs about one mentor with respect to one client: the
 * mentor's own record, their agreed hours (M10) and the client-specific facts M5 (exception) and
 * M6 (close relation). Built from an entity ({@link #of}) or from one row of the matching query.
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
        boolean employeeExceptionForClient) {

    public static MentorFacts of(Mentor mentor, BigDecimal agreedHours, boolean closeRelation, boolean exception) {
        Vetting v = mentor.vetting();
        return new MentorFacts(mentor.getId(), mentor.getStatus(), mentor.getBirthDate(), mentor.speaksDanish(),
                mentor.getCooperationDeclaredOn(), mentor.getDocumentationDeclaredOn(),
                mentor.getConfidentialitySignedOn(), mentor.getEmployeeUnitId(), v.consentGivenOn(),
                v.recordCheckedOn(), v.recordResult(), v.isDirectorateApproved(), mentor.getUnavailableUntil(),
                agreedHours, closeRelation, exception);
    }
}

package dk.kriminalforsorgen.mentorordning.mentor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

/** The checks on a mentor's profile input: known unit and area, and the CPR number (IN2, DP1). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProfileChecks {

    private final ReferenceData referenceData;
    private final CprProtector cprProtector;
    private final JdbcTemplate jdbc;

    void validateUnit(MentorProfile profile) {
        if (profile.employeeUnitId() != null && referenceData.unit(profile.employeeUnitId()).isEmpty()) {
            throw Refusal.onField(Check.INPUT, "employeeUnitId", "mentor.employeeUnit.unknown");
        }
        if (profile.homeAreaId() == null || referenceData.area(profile.homeAreaId()).isEmpty()) {
            throw Refusal.general(Check.INPUT, "mentor.homeArea.unknown");
        }
    }

    /** IN2 and DP1: a valid CPR number, unique among mentors, stored encrypted with its keyed hash. */
    void applyCpr(Mentor mentor, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Cpr.Validation validation = Cpr.validate(text);
        if (!validation.valid()) {
            throw Refusal.onField(Check.CPR, "cpr", validation.problem() == Cpr.Problem.DATE
                    ? "mentor.cpr.invalidDate" : "mentor.cpr.format");
        }
        String hash = cprProtector.lookupHash(validation.cpr());
        Integer others = jdbc.queryForObject("select count(*) from mentor where cpr_hash = ? and id is distinct from ?",
                Integer.class, hash, mentor.getId());
        if (others != null && others > 0) {
            throw Refusal.onField(Check.CPR, "cpr", "mentor.cpr.duplicate");
        }
        mentor.recordCpr(cprProtector.encrypt(validation.cpr()), hash, validation.cpr().birthDate());
    }

    /** A changed birth date must still agree with the CPR number on record (IN2). */
    void requireBirthDateMatchesCpr(Mentor mentor) {
        if (mentor.hasCpr() && !cprProtector.decrypt(mentor.getCprEncrypted()).birthDate().equals(mentor.getBirthDate())) {
            throw Refusal.onField(Check.CPR, "birthDate", "mentor.cpr.birthDateMismatch");
        }
    }

    String maskedCpr(Mentor mentor) {
        return mentor.hasCpr() ? cprProtector.decrypt(mentor.getCprEncrypted()).masked() : null;
    }
}

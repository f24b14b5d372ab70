package dk.kriminalforsorgen.mentorordning.mentor;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * DOMAIN §9 (vetting that expires): the warning the course page shows about its mentor's vetting, called from the
 * template fragment {@code mentor/vetting-warning} ({@code @mentorVetting}), so the course feature needs no Java
 * dependency on the registry. Only whether the check expires within {@code vetting-expiry-warning} or has expired:
 * never its date, result or notes (AZ3; those are for the vetting area's coordinators and the directorate).
 */
@Component("mentorVetting")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VettingWarnings {

    /** What the course page says about the mentor's vetting. */
    public enum Warning { EXPIRING, EXPIRED }

    private final MentorRepository mentors;
    private final RegistryProperties properties;
    private final Clock clock;

    /** The warning about the mentor's vetting today, or null when it is valid beyond the warning period. */
    @Transactional(readOnly = true)
    public Warning of(Long mentorId) {
        if (mentorId == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return mentors.findById(mentorId).map(mentor -> {
            LocalDate validUntil = mentor.vetting().validUntil(properties);
            if (validUntil == null) {
                return null; // no check in this round: the registry shows the vetting as not done, not as expired
            }
            if (validUntil.isBefore(today)) {
                return Warning.EXPIRED;
            }
            return today.plus(properties.vettingExpiryWarning()).isBefore(validUntil) ? null : Warning.EXPIRING;
        }).orElse(null);
    }
}

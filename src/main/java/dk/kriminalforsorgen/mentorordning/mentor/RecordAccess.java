package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Objects;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;

/**
 * AZ3 (GDPR art. 10, databeskyttelsesloven §8): criminal-record details of a mentor (the check's
 * result, date and notes, the directorate case) are for the coordinators of the area that vetted
 * the mentor and for the directorate only. Everyone else sees "vetting valid until …".
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordAccess {

    private final CurrentUsers currentUsers;

    public boolean canSeeDetails(Mentor mentor) {
        return canSeeDetails(mentor.vetting().areaId() != null ? mentor.vetting().areaId() : mentor.getHomeAreaId());
    }

    /** @param vettingAreaId the area that vetted (or will vet) the mentor */
    public boolean canSeeDetails(Long vettingAreaId) {
        return currentUsers.current().map(user -> canSeeDetails(user, vettingAreaId)).orElse(false);
    }

    static boolean canSeeDetails(CurrentUser user, Long vettingAreaId) {
        return user.is(Role.DIRECTORATE)
                || (user.is(Role.COORDINATOR) && vettingAreaId != null && Objects.equals(user.areaId(), vettingAreaId));
    }
}

package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Optional;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * How the registry's services load a mentor: with its collections (pages render them after the
 * transaction), and for a change only in the coordinator's own area (AZ2: 404 and audited otherwise).
 * Runs in the caller's transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MentorLoader {

    private final MentorRepository mentors;
    private final AccessChecker access;
    private final CurrentUsers currentUsers;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The mentor with its collections loaded, so pages can render them after the transaction (no open-in-view). */
    Mentor find(long id) {
        Mentor mentor = mentors.findById(id).orElseThrow(() -> new NotFoundException("mentor " + id));
        mentor.loadCollections();
        return mentor;
    }

    Mentor findChangeable(long id) {
        return access.requireVisible(find(id), MentorRegistry.SUBJECT, id);
    }

    Mentor changeable(long id, long version) {
        Mentor mentor = findChangeable(id);
        StaleEditException.requireVersion(version, mentor.getVersion(), "mentor " + id);
        return mentor;
    }

    /** A coordinator of the mentor's home area may change it. */
    boolean mayChange(Mentor mentor) {
        return currentUsers.require().is(Role.COORDINATOR) && access.canSee(mentor.areaId());
    }

    /** A coordinator of the given (client's) area. */
    boolean isCoordinatorOf(Long areaId) {
        return currentUsers.require().is(Role.COORDINATOR) && access.canSee(areaId);
    }

    Optional<Mentor> findOptional(long id) {
        return mentors.findById(id);
    }

    /** The e-mail of an enabled user, from the security module's published staff_card. */
    Optional<String> userEmail(Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select email from staff_card where id = ? and enabled and email is not null",
                String.class, userId).stream().findFirst();
    }

    Optional<Mentor> ofUser(long userId) {
        return mentors.findByUserId(userId);
    }

    Mentor save(Mentor mentor) {
        return mentors.saveAndFlush(mentor);
    }
}

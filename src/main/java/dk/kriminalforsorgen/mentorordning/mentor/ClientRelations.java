package dk.kriminalforsorgen.mentorordning.mentor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * Facts between one mentor and one client that the appointment rules need: a close relation (M6) and
 * the client area's exception for an employee of the client's own unit (M5). Audited (AU1).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientRelations {

    private final MentorLoader loader;
    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final Clock clock;

    /** M6 (§5 stk. 3): records that the mentor is a close relative or associate of the client. */
    public void recordCloseRelation(long mentorId, ClientFacts client, String declaredBy, String description) {
        loader.find(mentorId);
        if (description == null || description.isBlank()) {
            throw Refusal.onField(Rule.M6, "description", "mentor.M6.descriptionRequired");
        }
        if (!List.of("MENTOR", "CASEWORKER", "CLIENT").contains(declaredBy)) {
            throw Refusal.onField(Check.INPUT, "declaredBy", "mentor.M6.declaredByRequired");
        }
        jdbc.update("""
                insert into mentor_close_relation (mentor_id, client_id, declared_by, description, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?) on conflict (mentor_id, client_id) do nothing
                """, mentorId, client.clientId(), declaredBy, description, Timestamp.from(Instant.now(clock)),
                currentUsers.require().getUsername());
        audit.record("MENTOR_CLOSE_RELATION", MentorRegistry.SUBJECT, mentorId, "client=" + client.clientId());
    }

    /**
     * M5 (§5 stk. 2): the client's area records an exception with a written justification so that an
     * employee may mentor a client of their own unit.
     */
    public void recordEmployeeException(long mentorId, ClientFacts client, String justification) {
        Mentor mentor = loader.find(mentorId);
        if (!loader.isCoordinatorOf(client.areaId())) {
            throw new NotFoundException("client " + client.clientId());
        }
        if (mentor.getEmployeeUnitId() == null) {
            throw Refusal.general(Rule.M5, "mentor.M5.notEmployee");
        }
        if (justification == null || justification.isBlank()) {
            throw Refusal.onField(Rule.M5, "justification", "mentor.M5.justificationRequired");
        }
        jdbc.update("""
                insert into mentor_employee_exception (mentor_id, client_id, justification, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?)
                on conflict (mentor_id, client_id) do update set justification = excluded.justification,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """, mentorId, client.clientId(), justification, Timestamp.from(Instant.now(clock)),
                currentUsers.require().getUsername());
        audit.record("MENTOR_M5_EXCEPTION", MentorRegistry.SUBJECT, mentorId, "client=" + client.clientId());
    }

    boolean closeRelation(long mentorId, long clientId) {
        return exists("select count(*) from mentor_close_relation where mentor_id = ? and client_id = ?", mentorId, clientId);
    }

    boolean employeeException(long mentorId, long clientId) {
        return exists("select count(*) from mentor_employee_exception where mentor_id = ? and client_id = ?", mentorId, clientId);
    }

    private boolean exists(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n != null && n > 0;
    }
}

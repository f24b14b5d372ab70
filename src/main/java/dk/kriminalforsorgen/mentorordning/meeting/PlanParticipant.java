package dk.kriminalforsorgen.mentorordning.meeting;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A participant of a planned meeting: role, name and e-mail address (for the invitation), and, once the meeting is
 * over, whether they attended. The client is kept by role only: its name is read from the client record when shown.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanParticipant {

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    private String name;

    private String email;

    private Boolean attended;

    public PlanParticipant(ParticipantRole role, String name, String email) {
        this.role = role;
        this.name = role == ParticipantRole.CLIENT ? null : name;
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    void attended(boolean attended) {
        this.attended = attended;
    }

    public boolean hasEmail() {
        return email != null;
    }
}

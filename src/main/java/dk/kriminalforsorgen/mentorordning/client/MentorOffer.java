package dk.kriminalforsorgen.mentorordning.client;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.hibernate.annotations.Immutable;

/** An offer of a mentor to a client and the client's answer (E9). Never changed; a new offer is recorded instead. */
@Entity
@Immutable
@Table(name = "mentor_offer")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MentorOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter(AccessLevel.NONE)
    private Long clientId;

    private LocalDate offeredOn;

    @Enumerated(EnumType.STRING)
    private OfferAnswer answer;

    private String note;

    @Getter(AccessLevel.NONE)
    private Long recordedBy;

    private String recordedByName;

    private Instant recordedAt;

    MentorOffer(Long clientId, LocalDate offeredOn, OfferAnswer answer, String note, Long recordedBy,
                String recordedByName, Instant recordedAt) {
        this.clientId = clientId;
        this.offeredOn = offeredOn;
        this.answer = answer;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }
}

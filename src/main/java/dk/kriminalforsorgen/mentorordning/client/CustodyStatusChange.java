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

/** One entry of a client's custody status history: what, from when, and who recorded it when. Never changed. */
@Entity
@Immutable
@Table(name = "client_custody_status")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustodyStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    @Enumerated(EnumType.STRING)
    private CustodyStatus status;

    private LocalDate validFrom;

    private Long unitId;

    private Long releaseUnitId;

    private LocalDate expectedReleaseDate;

    private LocalDate supervisionEndDate;

    private Long areaId;

    private Instant recordedAt;

    @Getter(AccessLevel.NONE)
    private Long recordedBy;

    private String recordedByName;

    CustodyStatusChange(Long clientId, CustodyPlacement placement, LocalDate validFrom, Long areaId, Long recordedBy,
                        String recordedByName, Instant recordedAt) {
        this.clientId = clientId;
        this.status = placement.status();
        this.unitId = placement.unitId();
        this.releaseUnitId = placement.releaseUnitId();
        this.expectedReleaseDate = placement.expectedReleaseDate();
        this.supervisionEndDate = placement.supervisionEndDate();
        this.validFrom = validFrom;
        this.areaId = areaId;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }
}

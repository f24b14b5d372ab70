package dk.kriminalforsorgen.mentorordning.mentor;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.experimental.Accessors;

/**
 * The vetting of a mentor (M7, §6): written consent first, then the criminal-register check with its
 * date and result. The check is valid for a configurable period ({@link RegistryProperties#vettingValidity()});
 * a new round starts with a new consent. AZ3: the check's date, result and notes are shown only to the
 * coordinators of {@link #areaId()} and to the directorate ({@link RecordAccess}).
 */
@Embeddable
@Getter
@Accessors(fluent = true)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Vetting {

    @Column(name = "vetting_area_id")
    private Long areaId;

    private LocalDate consentGivenOn;

    private LocalDate recordCheckedOn;

    @Enumerated(EnumType.STRING)
    private RecordResult recordResult;

    private String recordNotes;

    private Instant directorateApprovedAt;

    void startRound(Long area, LocalDate consentOn) {
        this.areaId = area;
        this.consentGivenOn = consentOn;
        this.recordCheckedOn = null;
        this.recordResult = null;
        this.recordNotes = null;
        this.directorateApprovedAt = null;
    }

    void directorateApproved(Instant at) {
        this.directorateApprovedAt = at;
    }

    void recordCheck(LocalDate checkedOn, RecordResult result, String notes) {
        this.recordCheckedOn = checkedOn;
        this.recordResult = result;
        this.recordNotes = notes;
        this.directorateApprovedAt = null;
    }

    public boolean hasConsent() {
        return consentGivenOn != null;
    }

    public boolean isChecked() {
        return recordCheckedOn != null;
    }

    /** M8: the directorate approved this round's registered candidate. */
    public boolean isDirectorateApproved() {
        return directorateApprovedAt != null;
    }

    public boolean isRegistered() {
        return recordResult == RecordResult.REGISTERED;
    }

    /** The last day the check is valid for new appointments, or null before the check. */
    public LocalDate validUntil(RegistryProperties properties) {
        return properties.vettingValidUntil(recordCheckedOn);
    }

    public boolean isValidOn(LocalDate day, RegistryProperties properties) {
        LocalDate until = validUntil(properties);
        return until != null && !day.isAfter(until);
    }
}

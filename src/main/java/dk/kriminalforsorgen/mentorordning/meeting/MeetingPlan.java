package dk.kriminalforsorgen.mentorordning.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;

/**
 * A meeting planned ahead (issue 12): kind, day, time, place and participants. Moving or cancelling it raises its
 * {@code sequence} (the invitations' iCalendar SEQUENCE, so calendars replace the earlier one of the same UID);
 * once it is over it is recorded as held (pointing to the {@link Meeting} written, from which C8 runs) or as not
 * held with the reason. Versioned (CI1): a second edit of the same state is told.
 */
@Entity
@Table(name = "meeting_plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MeetingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private LocalDate meetingDate;

    private LocalTime startTime;

    private LocalTime endTime;

    private String place;

    private int sequence;

    @Version
    private long version;

    private String changeReason;

    private String outcomeNote;

    private Long heldMeetingId;

    private Instant createdAt;

    @Getter(AccessLevel.NONE)
    private Long createdBy;

    private String createdByName;

    private Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_plan_participant", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanParticipant> participants = new ArrayList<>();

    /** When and where: the day, the start and end time (Danish time) and the place. */
    public record Slot(LocalDate day, LocalTime start, LocalTime end, String place) {
    }

    MeetingPlan(long courseId, MeetingKind kind, Slot slot, List<PlanParticipant> participants, Long by, String byName,
                Instant at) {
        this.courseId = courseId;
        this.kind = kind;
        this.status = PlanStatus.PLANNED;
        this.participants.addAll(participants);
        this.createdBy = by;
        this.createdByName = byName;
        this.createdAt = at;
        set(slot, at);
    }

    public boolean isOpen() {
        return status == PlanStatus.PLANNED;
    }

    void move(Slot slot, String reason, Instant at) {
        requireOpen();
        set(slot, at);
        this.changeReason = reason;
        this.sequence++;
    }

    void cancel(String reason, Instant at) {
        requireOpen();
        this.status = PlanStatus.CANCELLED;
        this.outcomeNote = reason;
        this.sequence++;
        this.changedAt = at;
    }

    void held(long meetingId, List<Boolean> attendance, Instant at) {
        conclude(PlanStatus.HELD, attendance, at);
        this.heldMeetingId = meetingId;
    }

    void missed(String reason, List<Boolean> attendance, Instant at) {
        conclude(PlanStatus.MISSED, attendance, at);
        this.outcomeNote = reason;
    }

    /** The outcome afterwards, held or not: who attended, and when it was recorded. */
    private void conclude(PlanStatus outcome, List<Boolean> attendance, Instant at) {
        requireOpen();
        this.status = outcome;
        attend(attendance);
        this.changedAt = at;
    }

    private void attend(List<Boolean> attendance) {
        for (int i = 0; i < participants.size(); i++) {
            participants.get(i).attended(i < attendance.size() && Boolean.TRUE.equals(attendance.get(i)));
        }
    }

    private void set(Slot slot, Instant at) {
        this.meetingDate = slot.day();
        this.startTime = slot.start();
        this.endTime = slot.end();
        this.place = slot.place();
        this.changedAt = at;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw Refusal.general(Check.STATE, "meeting.plan.notOpen");
        }
    }

    /** The stable iCalendar UID of this meeting's invitations: the same for every change. */
    public String uid() {
        return "meeting-plan-" + id + "@mentorordning.kriminalforsorgen.dk";
    }
}

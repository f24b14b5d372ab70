package dk.kriminalforsorgen.mentorordning.course;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.hibernate.annotations.Immutable;

/** C2 (§10): a course handed over from one area to the competent area; both areas see it. */
@Entity
@Immutable
@Table(name = "course_handover")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CourseHandover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;

    private Long fromAreaId;

    private Long toAreaId;

    private Instant handedOverAt;

    @Getter(AccessLevel.NONE)
    private Long byUserId;

    private String byName;

    private String note;

    CourseHandover(Long courseId, Long fromAreaId, Long toAreaId, Actor by, String note, Instant at) {
        this.courseId = courseId;
        this.fromAreaId = fromAreaId;
        this.toAreaId = toAreaId;
        this.byUserId = by.userId();
        this.byName = by.name();
        this.note = note;
        this.handedOverAt = at;
    }

    /** The day of the hand-over in Danish time, for pages. */
    public java.time.LocalDate getHandedOverOn() {
        return handedOverAt.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate();
    }
}

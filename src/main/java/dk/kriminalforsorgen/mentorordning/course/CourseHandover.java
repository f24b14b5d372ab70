package dk.kriminalforsorgen.mentorordning.course;

import java.time.Instant;

import jakarta.persistence.Column;
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

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "from_area_id")
    private Long fromAreaId;

    @Column(name = "to_area_id")
    private Long toAreaId;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "by_user_id")
    @Getter(AccessLevel.NONE)
    private Long byUserId;

    @Column(name = "by_name")
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

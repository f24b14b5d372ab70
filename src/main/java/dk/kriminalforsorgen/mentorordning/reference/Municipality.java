package dk.kriminalforsorgen.mentorordning.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One of Denmark's 98 municipalities by its official municipality number (issue 17: the action plan is
 * coordinated with the client's municipality). {@code region} is the region's code, for grouping choices.
 */
@Entity
@Immutable
@Table(name = "municipality")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Municipality {

    @Id
    private Integer code;
    private String name;
    private String region;

    /** The name as used in running text, e.g. "Odense Kommune". */
    public String officialName() {
        return name + " Kommune";
    }
}

package dk.kriminalforsorgen.mentorordning.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A kriminalforsorgsområde: the competent authority for a client's course (§7, rule C1). */
@Entity
@Immutable
@Table(name = "area")
public class Area {

    @Id
    private Long id;
    private String code;
    private String name;

    protected Area() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}

package dk.kriminalforsorgen.mentorordning.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.hibernate.annotations.Immutable;

/** A kriminalforsorgsområde: the competent authority for a client's course (§7, rule C1). */
@Entity
@Immutable
@Table(name = "area")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Area {

    @Id
    private Long id;
    private String code;
    private String name;
}

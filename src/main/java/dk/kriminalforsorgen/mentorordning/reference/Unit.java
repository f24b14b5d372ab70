package dk.kriminalforsorgen.mentorordning.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.hibernate.annotations.Immutable;

/** A prison, local jail, halfway house or probation office (KiF) in one area. */
@Entity
@Immutable
@Table(name = "unit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Unit {

    @Id
    private Long id;

    private Long areaId;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitType type;
}

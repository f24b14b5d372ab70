package dk.kriminalforsorgen.mentorordning.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A user of the system with one role and, for caseworkers and coordinators, one area and unit. */
@Entity
@Table(name = "app_user")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    @Getter(AccessLevel.PACKAGE)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long areaId;

    private Long unitId;

    private boolean certifiedAssessor;

    private boolean enabled = true;

    /** Where notices are mailed (issue 11); null: notices are shown in the application only. */
    private String email;

    @Getter(AccessLevel.NONE)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    AppUser(String username, String displayName, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets role, area and unit together: the area is cleared for national roles (DOMAIN §1). */
    void assign(Role role, Long areaId, Long unitId, boolean certifiedAssessor, Instant now) {
        this.role = role;
        this.areaId = role.belongsToArea() ? areaId : null;
        this.unitId = role.belongsToArea() ? unitId : null;
        this.certifiedAssessor = certifiedAssessor;
        this.updatedAt = now;
    }

    void rename(String displayName, Instant now) {
        this.displayName = displayName;
        this.updatedAt = now;
    }

    void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    void changeEmail(String email, Instant now) {
        this.email = email;
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }
}

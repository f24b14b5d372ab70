package dk.kriminalforsorgen.mentorordning.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the session knows them. Equal by user id, so the session registry finds
 * every live session of a user when an administrator disables or moves them (AS7).
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long areaId;
    private final Long unitId;
    private final boolean certifiedAssessor;
    private final boolean enabled;
    private String passwordHash;

    CurrentUser(AppUser user) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
        this.areaId = user.getAreaId();
        this.unitId = user.getUnitId();
        this.certifiedAssessor = user.isCertifiedAssessor();
        this.enabled = user.isEnabled();
        this.passwordHash = user.getPasswordHash();
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The user's area, or null for the national roles. */
    public Long areaId() {
        return areaId;
    }

    public Long unitId() {
        return unitId;
    }

    /** May record LS/RNR assessments (E1: only certified assessors). */
    public boolean certifiedAssessor() {
        return certifiedAssessor;
    }

    public boolean is(Role other) {
        return role == other;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + "]";
    }
}

package dk.kriminalforsorgen.mentorordning.security.web;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;

/**
 * What the directorate may set on an existing user (AZ4: nothing else is bound; the user name,
 * the enabled flag and the password have their own actions). The version is the one the form was
 * opened with (CI1).
 */
public class UserForm {

    private String displayName;
    private Role role;
    private Long areaId;
    private Long unitId;
    private boolean certifiedAssessor;
    private Long version;

    Assignment assignment() {
        return new Assignment(displayName, role, areaId, unitId, certifiedAssessor);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isCertifiedAssessor() {
        return certifiedAssessor;
    }

    public void setCertifiedAssessor(boolean certifiedAssessor) {
        this.certifiedAssessor = certifiedAssessor;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

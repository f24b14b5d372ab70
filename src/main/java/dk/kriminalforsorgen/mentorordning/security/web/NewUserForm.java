package dk.kriminalforsorgen.mentorordning.security.web;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;

/** A new user: user name, initial password (AS1) and the assignment. No version, no enabled flag (AZ4). */
public class NewUserForm {

    private String username;
    private String displayName;
    private Role role;
    private Long areaId;
    private Long unitId;
    private boolean certifiedAssessor;
    private String password;

    Assignment assignment() {
        return new Assignment(displayName, role, areaId, unitId, certifiedAssessor);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package dk.kriminalforsorgen.mentorordning.security.web;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;

/** The fields of a user's assignment (DOMAIN §1), shared by the create and the edit form. */
public abstract class AssignmentForm {

    private String displayName;
    private Role role;
    private Long areaId;
    private Long unitId;
    private boolean certifiedAssessor;
    private String email;

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

    /** Where notices are mailed (issue 11); saved by its own action of the user administration. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

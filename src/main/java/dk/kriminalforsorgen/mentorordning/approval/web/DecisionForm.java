package dk.kriminalforsorgen.mentorordning.approval.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.kriminalforsorgen.mentorordning.approval.ApprovalDecision;

/** The directorate's decision with its reason; carries the case version it was made on (CI1). */
public class DecisionForm {

    @NotNull
    private ApprovalDecision decision;
    @NotBlank
    @Size(max = 4000)
    private String reason;
    private long version;

    public ApprovalDecision getDecision() { return decision; }
    public void setDecision(ApprovalDecision v) { decision = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}

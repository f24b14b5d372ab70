package dk.kriminalforsorgen.mentorordning.approval.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.approval.ApprovalService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;

/**
 * M8 on the start pages (DOMAIN §7): the directorate sees the queue size and the oldest case's wait;
 * the coordinator sees the directorate's recent decisions on the area's cases. Dashboard controllers only.
 */
@ControllerAdvice(basePackages = "dk.kriminalforsorgen.mentorordning.dashboard")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApprovalStartPanels {

    static final int RECENT_DAYS = 30;

    private final ApprovalService approvals;
    private final CurrentUsers currentUsers;

    @ModelAttribute("approvalStats")
    ApprovalService.Stats approvalStats() {
        CurrentUser user = currentUsers.current().orElse(null);
        return user != null && user.is(Role.DIRECTORATE) ? approvals.stats() : null;
    }

    @ModelAttribute("areaApprovals")
    List<ApprovalService.AreaDecision> areaApprovals() {
        CurrentUser user = currentUsers.current().orElse(null);
        if (user == null || !user.is(Role.COORDINATOR) || user.areaId() == null) {
            return null;
        }
        return approvals.recentForArea(user.areaId(), RECENT_DAYS);
    }
}

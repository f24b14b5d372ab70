package dk.kriminalforsorgen.mentorordning.security.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.NavigationEntry;
import dk.kriminalforsorgen.mentorordning.security.SessionStorage;

/** The header of every page: the user's area, the menu of their role, and the idle timeout (AS6). */
@ControllerAdvice
public class LayoutUserAdvice {

    private final CurrentUsers currentUsers;
    private final ReferenceData referenceData;
    private final List<NavigationEntry> navigation;

    LayoutUserAdvice(CurrentUsers currentUsers, ReferenceData referenceData, List<NavigationEntry> navigation) {
        this.currentUsers = currentUsers;
        this.referenceData = referenceData;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("navigation")
    public List<NavigationEntry> navigation() {
        Optional<CurrentUser> user = currentUsers.current();
        return user.map(u -> navigation.stream().filter(item -> item.roles().contains(u.role())).toList())
                .orElse(List.of());
    }

    @ModelAttribute("areaName")
    public String areaName() {
        return currentUsers.current().map(CurrentUser::areaId).map(referenceData::areaName).orElse(null);
    }

    /**
     * The idle time after which the page warns (AS6): the idle timeout counts from the stored last access, which may
     * lag the latest request by up to {@link SessionStorage#TOUCH_INTERVAL}, so the page counts that much less.
     */
    @ModelAttribute("sessionSeconds")
    public Integer sessionSeconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : SessionStorage.idleSecondsToWarnFrom(session.getMaxInactiveInterval());
    }
}

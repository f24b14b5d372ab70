package dk.kriminalforsorgen.mentorordning.notification.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.notification.NoticeKind;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;

/**
 * Issue 11: a user's own notices at {@code /notifikationer} (mark one or all read), their e-mail choices per kind,
 * and for the directorate the catalogue and the e-mail outbox (what was sent, and what would have been sent when no
 * SMTP server is configured).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NotificationController {

    static final int LIST_SIZE = 100;

    private final Notifications notifications;
    private final CurrentUsers currentUsers;
    private final ObjectProvider<JavaMailSender> mailSenders;

    @GetMapping("/notifikationer")
    public String list(Model model) {
        long userId = currentUsers.require().id();
        model.addAttribute("notices", notifications.of(userId, LIST_SIZE));
        return "notification/list";
    }

    @PostMapping("/notifikationer/{id}/laest")
    public String markRead(@PathVariable long id, RedirectAttributes redirect) {
        notifications.markRead(currentUsers.require().id(), id);
        return Flash.success(redirect, "notification.markedRead", "/notifikationer");
    }

    @PostMapping("/notifikationer/laest")
    public String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead(currentUsers.require().id());
        return Flash.success(redirect, "notification.allMarkedRead", "/notifikationer");
    }

    @GetMapping("/notifikationer/indstillinger")
    public String settings(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("choices", notifications.emailChoices(user.id()));
        model.addAttribute("digestApplies", getsDigest(user));
        model.addAttribute("digest", notifications.digestOn(user.id()));
        return "notification/settings";
    }

    /** The weekly digest is for caseworkers and coordinators (issue 11). */
    private static boolean getsDigest(CurrentUser user) {
        return user.is(Role.CASEWORKER) || user.is(Role.COORDINATOR);
    }

    @PostMapping("/notifikationer/indstillinger")
    public String saveSettings(@RequestParam(name = "email", required = false) List<String> email,
                               @RequestParam(name = "digest", defaultValue = "false") boolean digest,
                               RedirectAttributes redirect) {
        Set<NoticeKind> on = EnumSet.noneOf(NoticeKind.class);
        if (email != null) {
            Arrays.stream(NoticeKind.values()).filter(kind -> email.contains(kind.name())).forEach(on::add);
        }
        CurrentUser user = currentUsers.require();
        notifications.chooseEmail(user.id(), on);
        if (getsDigest(user)) {
            notifications.chooseDigest(user.id(), digest);
        }
        return Flash.success(redirect, "notification.settingsSaved", "/notifikationer/indstillinger");
    }

    @GetMapping("/notifikationer/katalog")
    public String catalogue(Model model) {
        model.addAttribute("kinds", NoticeKind.values());
        return "notification/catalogue";
    }

    @GetMapping("/notifikationer/post")
    public String outbox(Model model) {
        model.addAttribute("mails", notifications.outbox(LIST_SIZE));
        model.addAttribute("smtpConfigured", mailSenders.getIfAvailable() != null);
        return "notification/outbox";
    }
}

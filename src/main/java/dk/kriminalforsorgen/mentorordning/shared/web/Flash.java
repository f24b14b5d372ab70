package dk.kriminalforsorgen.mentorordning.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message a redirect after a post carries to the next page (the layout shows it once, then it is gone). */
public final class Flash {

    private Flash() {
    }

    /** Redirects to {@code path} (within the application), telling the user what was done by {@code messageKey}. */
    public static String success(RedirectAttributes redirect, String messageKey, String path) {
        redirect.addFlashAttribute("flashSuccess", messageKey);
        return "redirect:" + path;
    }
}

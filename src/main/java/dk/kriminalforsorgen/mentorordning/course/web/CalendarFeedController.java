package dk.kriminalforsorgen.mentorordning.course.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.course.CourseCalendarFeed;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.web.Flash;

/**
 * The personal calendar feed (issue 12): a page to create or revoke one's secret link, and the feed itself, served
 * without a session to a calendar program that knows the link. An unknown or revoked link answers 404.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CourseCalendarFeed feeds;
    private final CurrentUsers currentUsers;

    @GetMapping("/kalender")
    public String page(Model model) {
        model.addAttribute("linkSince", feeds.linkSince(currentUsers.require().id()).orElse(null));
        return "course/calendar-feed";
    }

    @PostMapping("/kalender/link")
    public String create(RedirectAttributes redirect) {
        String token = feeds.newLink(currentUsers.require().id());
        redirect.addFlashAttribute("feedUrl", feeds.url(token));
        return Flash.success(redirect, "calendar.feed.created", "/kalender");
    }

    @PostMapping("/kalender/tilbagekald")
    public String revoke(RedirectAttributes redirect) {
        feeds.revoke(currentUsers.require().id());
        return Flash.success(redirect, "calendar.feed.revoked", "/kalender");
    }

    @GetMapping("/kalender/feed/{token}.ics")
    public ResponseEntity<String> feed(@PathVariable String token) {
        String calendar = feeds.feed(token).orElseThrow(() -> new NotFoundException("calendar feed"));
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex").body(calendar);
    }
}

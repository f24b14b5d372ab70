package dk.kriminalforsorgen.mentorordning.mentor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * Issue 17: the mentor guide (news 2019, "en guide for mentorarbejdet"). The directorate edits it; each save is
 * a new numbered version with its author and time, never a change of an old one; mentors read the newest. The
 * text is plain text with a few markdown marks, shown through {@link GuideText} without any HTML.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MentorGuides {

    public static final String SUBJECT = "MENTOR_GUIDE";
    public static final int BODY_MAX = 50_000;
    /** At most this many versions are listed for the directorate. */
    public static final int VERSIONS_SHOWN = 10;

    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final Clock clock;

    /** One saved version of the guide. */
    public record GuideVersion(int number, String body, Instant createdAt, String createdByName) {

        public LocalDate createdOn() {
            return createdAt.atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate();
        }

        public List<GuideText.Block> blocks() {
            return GuideText.blocks(body);
        }
    }

    /** The newest version, the one mentors read; empty until the directorate has written one. */
    @Transactional(readOnly = true)
    public Optional<GuideVersion> newest() {
        return jdbc.query(SELECT + " order by number desc limit 1", (rs, i) -> version(rs)).stream().findFirst();
    }

    /** The newest versions for the directorate's page. */
    @Transactional(readOnly = true)
    public List<GuideVersion> versions() {
        requireDirectorate();
        return jdbc.query(SELECT + " order by number desc limit " + VERSIONS_SHOWN, (rs, i) -> version(rs));
    }

    @Transactional(readOnly = true)
    public GuideVersion version(int number) {
        requireDirectorate();
        return jdbc.query(SELECT + " where number = ?", (rs, i) -> version(rs), number).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("guide version " + number));
    }

    /**
     * The directorate saves the guide as a new version. CI1: {@code basedOn} is the newest version the editor
     * started from (null: there was none); when another version was saved since, the save is refused as stale.
     *
     * @return the new version's number
     */
    public int save(Integer basedOn, String body) {
        CurrentUser user = requireDirectorate();
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw Refusal.onField(Check.INPUT, "body", "guide.bodyMissing");
        }
        if (text.length() > BODY_MAX) {
            throw Refusal.onField(Check.INPUT, "body", "guide.bodyTooLong", BODY_MAX);
        }
        Integer newest = jdbc.queryForObject("select max(number) from mentor_guide_version", Integer.class);
        if (!Objects.equals(basedOn, newest)) {
            throw new StaleEditException("mentor guide " + basedOn + " < " + newest);
        }
        int number = newest == null ? 1 : newest + 1;
        try {
            jdbc.update("""
                    insert into mentor_guide_version (number, body, created_at, created_by, created_by_name)
                    values (?, ?, ?, ?, ?)""", number, text, Timestamp.from(Instant.now(clock)), user.id(),
                    user.displayName());
        } catch (DuplicateKeyException concurrent) { // another editor saved the same number at the same moment
            throw new StaleEditException("mentor guide " + number);
        }
        audit.record("MENTOR_GUIDE_SAVED", SUBJECT, number, "tegn=" + text.length());
        return number;
    }

    private CurrentUser requireDirectorate() {
        CurrentUser user = currentUsers.require();
        if (!user.is(Role.DIRECTORATE)) {
            throw new AccessDeniedException("only the directorate edits the mentor guide");
        }
        return user;
    }

    private static final String SELECT = "select number, body, created_at, created_by_name from mentor_guide_version";

    private static GuideVersion version(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GuideVersion(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4));
    }
}

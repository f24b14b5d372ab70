package dk.kriminalforsorgen.mentorordning.journal.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.journal.JournalKind;
import dk.kriminalforsorgen.mentorordning.journal.Visibility;

/**
 * The journal's table ({@code journal_entry}, append-only) and the published views it reads. Inserts and selects
 * only: the database refuses anything else (V390).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JournalStore {

    private static final String SELECT = """
            select e.id, e.course_id, e.kind, e.occurred_on, e.text, e.visibility, e.author_name, e.author_role,
                   e.written_at, e.corrects_id, o.occurred_on as corrects_occurred_on, o.visibility as corrects_visibility,
                   c.id as corrected_by_id, c.author_name as corrected_by_name, c.written_at as corrected_at
            from journal_entry e
            left join journal_entry c on c.corrects_id = e.id
            left join journal_entry o on o.id = e.corrects_id
            """;

    /** A new entry; {@code correctsId} names the entry it corrects, if any. */
    record NewEntry(long courseId, JournalKind kind, LocalDate occurredOn, String text, Visibility visibility,
                    long authorUserId, String authorName, String authorRole, Instant writtenAt, Long correctsId) {
    }

    private final JdbcTemplate jdbc;

    Optional<CourseFacts> course(long courseId) {
        return jdbc.query("select id, area_id, state, mentor_id, responsible_user_id from course_card where id = ?",
                (rs, i) -> new CourseFacts(rs.getLong("id"), nullableLong(rs, "area_id"), rs.getString("state"),
                        nullableLong(rs, "mentor_id"), nullableLong(rs, "responsible_user_id")), courseId)
                .stream().findFirst();
    }

    /** The registry mentor linked to a user (role MENTOR), if any. */
    Optional<Long> mentorOfUser(long userId) {
        return jdbc.queryForList("select id from mentor_card where user_id = ?", Long.class, userId).stream().findFirst();
    }

    long insert(NewEntry entry) {
        return jdbc.queryForObject("""
                insert into journal_entry (course_id, kind, occurred_on, text, visibility, author_user_id, author_name,
                                           author_role, written_at, corrects_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, entry.courseId(), entry.kind().name(), Date.valueOf(entry.occurredOn()), entry.text(),
                entry.visibility().name(), entry.authorUserId(), entry.authorName(), entry.authorRole(),
                Timestamp.from(entry.writtenAt()), entry.correctsId());
    }

    Optional<JournalEntry> find(long courseId, long entryId) {
        return jdbc.query(SELECT + " where e.id = ? and e.course_id = ?", this::entry, entryId, courseId)
                .stream().findFirst();
    }

    /**
     * A page of the course's entries, newest contact first. The mentor's view holds only entries marked for the
     * mentor whose correction (if any) is marked for the mentor too: a correction to staff-only withdraws the entry.
     */
    JournalPage page(long courseId, boolean mentorView, int page, int size) {
        String where = " where e.course_id = ?"
                + (mentorView ? " and e.visibility = 'MENTOR' and (c.id is null or c.visibility = 'MENTOR')" : "");
        List<JournalEntry> rows = new ArrayList<>(jdbc.query(SELECT + where
                + " order by e.occurred_on desc, e.id desc limit ? offset ?", this::entry, courseId, size + 1,
                (long) page * size));
        boolean hasNext = rows.size() > size;
        List<JournalEntry> shown = hasNext ? rows.subList(0, size) : rows;
        if (mentorView) {
            shown = shown.stream().map(JournalStore::withoutStaffOnlyOriginal).toList();
        }
        return new JournalPage(shown, page, hasNext);
    }

    /**
     * The mentor's view of a correction whose original is staff-only: a plain entry, so not even the original's date
     * or existence reaches the mentor.
     */
    private static JournalEntry withoutStaffOnlyOriginal(JournalEntry e) {
        if (e.correctsId() == null || e.correctsVisibility() == Visibility.MENTOR) {
            return e;
        }
        return new JournalEntry(e.id(), e.courseId(), e.kind(), e.occurredOn(), e.text(), e.visibility(), e.authorName(),
                e.authorRole(), e.writtenAt(), null, null, null, e.correctedById(), e.correctedByName(), e.correctedAt());
    }

    private JournalEntry entry(ResultSet rs, int row) throws SQLException {
        Date corrects = rs.getDate("corrects_occurred_on");
        Timestamp correctedAt = rs.getTimestamp("corrected_at");
        return new JournalEntry(rs.getLong("id"), rs.getLong("course_id"), JournalKind.valueOf(rs.getString("kind")),
                rs.getDate("occurred_on").toLocalDate(), rs.getString("text"), Visibility.valueOf(rs.getString("visibility")),
                rs.getString("author_name"), rs.getString("author_role"), rs.getTimestamp("written_at").toInstant(),
                nullableLong(rs, "corrects_id"), corrects == null ? null : corrects.toLocalDate(),
                rs.getString("corrects_visibility") == null ? null : Visibility.valueOf(rs.getString("corrects_visibility")),
                nullableLong(rs, "corrected_by_id"), rs.getString("corrected_by_name"),
                correctedAt == null ? null : correctedAt.toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** DP4: removes the entries of courses the retention purge removed (the owner's function, V390). */
    int purgeOrphans() {
        Integer removed = jdbc.queryForObject("select journal_purge_orphans()", Integer.class);
        return removed == null ? 0 : removed;
    }
}

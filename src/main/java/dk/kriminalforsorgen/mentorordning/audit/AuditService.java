package dk.kriminalforsorgen.mentorordning.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.web.PageTransaction;
import dk.kriminalforsorgen.mentorordning.shared.web.RequestIdFilter;

/**
 * Writes audit rows (AU1). {@link #record} joins the caller's transaction: if the row cannot be
 * written, the caller's change is rolled back and its read fails, so nothing happens unrecorded (AU2).
 * Callers that audit reads must therefore not run in a read-only transaction.
 * Inside a {@link PageTransaction} (issue 10) the rows of the page's reads are collected, each with its
 * own time, user and request id, and written together in one multi-row insert just before the page's
 * transaction commits, which is before the page is sent; a failed insert fails the commit and the page.
 * {@link #recordSeparately} is for events whose own action is being refused or has no transaction:
 * denied access and log-ins.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditService {

    private static final int MAX_DETAILS = 1000;
    private static final String COLUMNS = """
            insert into audit_event (occurred_at, user_id, username, role, area_id, action, subject_type,
                                     subject_id, details, purpose, request_id)
            values """;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows per insert statement when a page collected many (11 parameters each, far below the driver's limit). */
    private static final int ROWS_PER_INSERT = 200;

    private final JdbcTemplate jdbc;
    private final AuditActorProvider actors;
    private final Clock clock;

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subjectType, Object subjectId, String details) {
        write(row(actors.currentActor(), action, subjectType, subjectId, details, null));
    }

    /** Records an action taken for a stated purpose (AZ5: the directorate opening a client record). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordWithPurpose(String action, String subjectType, Object subjectId, String details, String purpose) {
        write(row(actors.currentActor(), action, subjectType, subjectId, details, purpose));
    }

    /** One audited subject of {@link #recordAll}: its id and the row's details. */
    public record Entry(Object subjectId, String details) {
    }

    /**
     * Records one row per entry, all with the same action, subject type and actor, in one statement (issue 10: a
     * daily job that creates thousands of notices audits each of them without a round trip per row). Joins the
     * caller's transaction like {@link #record}; nothing is written for no entries.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(String action, String subjectType, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        AuditActor actor = actors.currentActor();
        String[] subjects = entries.stream().map(e -> e.subjectId() == null ? null : e.subjectId().toString())
                .toArray(String[]::new);
        String[] details = entries.stream().map(e -> truncate(e.details())).toArray(String[]::new);
        jdbc.update("""
                insert into audit_event (occurred_at, user_id, username, role, area_id, action, subject_type,
                                         subject_id, details, request_id)
                select ?, ?, ?, ?, ?, ?, ?, e.subject_id, e.details, ?
                from unnest(cast(? as varchar[]), cast(? as varchar[])) with ordinality as e(subject_id, details, n)
                order by e.n
                """, Timestamp.from(Instant.now(clock)), actor.userId(), actor.username(), actor.role(), actor.areaId(),
                action, subjectType, RequestIdFilter.currentRequestId(), subjects, details);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSeparately(AuditActor actor, String action, String subjectType, Object subjectId, String details) {
        insert(Collections.singletonList(row(actor == null ? actors.currentActor() : actor, action, subjectType, subjectId, details, null)));
    }

    private void write(Object[] row) {
        if (PageTransaction.Current.active() && TransactionSynchronizationManager.isSynchronizationActive()) {
            batch().rows.add(row);
        } else {
            insert(Collections.singletonList(row));
        }
    }

    /** The rows collected in the current page transaction, registered to be written before it commits. */
    private Batch batch() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Batch batch && batch.owner == this) {
                return batch;
            }
        }
        Batch batch = new Batch(this);
        TransactionSynchronizationManager.registerSynchronization(batch);
        return batch;
    }

    private Object[] row(AuditActor actor, String action, String subjectType, Object subjectId, String details,
                         String purpose) {
        return new Object[] {Timestamp.from(Instant.now(clock)), actor.userId(), actor.username(), actor.role(),
                actor.areaId(), action, subjectType, subjectId == null ? null : subjectId.toString(), truncate(details),
                truncate(purpose), RequestIdFilter.currentRequestId()};
    }

    private void insert(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            List<Object> parameters = new ArrayList<>(chunk.size() * 11);
            chunk.forEach(row -> Collections.addAll(parameters, row));
            jdbc.update(COLUMNS + String.join(", ", Collections.nCopies(chunk.size(), ROW)), parameters.toArray());
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_DETAILS ? text : text.substring(0, MAX_DETAILS);
    }

    /** A page transaction's audit rows, written in one statement before it commits (in its order of recording). */
    private static final class Batch implements TransactionSynchronization {

        private final AuditService owner;
        private final List<Object[]> rows = new ArrayList<>();

        Batch(AuditService owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!rows.isEmpty()) {
                List<Object[]> pending = List.copyOf(rows);
                rows.clear();
                owner.insert(pending);
            }
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}

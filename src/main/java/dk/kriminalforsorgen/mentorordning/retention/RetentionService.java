package dk.kriminalforsorgen.mentorordning.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/**
 * DP4: purges every client whose case ended more than the retention period ago. Each client is purged in its own
 * transaction together with its audit row ({@code CLIENT_PURGED}, naming the client by id only), so one failure
 * neither stops the others nor leaves a half-purged client.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RetentionService {

    public static final String PURGED = "CLIENT_PURGED";
    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditService audit;
    private final RetentionProperties properties;
    private final Clock clock;

    /** A client due for purging and the day their case ended. */
    public record Due(long clientId, LocalDate caseEndedOn) {
    }

    /** The clients whose case ended on or before today minus the retention period. */
    public List<Due> due() {
        LocalDate cutoff = LocalDate.now(clock).minus(properties.period());
        return jdbc.query("select client_id, case_ended_on from retention_due_clients(?)",
                (rs, i) -> new Due(rs.getLong(1), rs.getObject(2, LocalDate.class)), cutoff);
    }

    /** Purges every due client; returns how many were purged. */
    public int purgeDue() {
        int purged = 0;
        for (Due client : due()) {
            try {
                transactions.executeWithoutResult(status -> purge(client));
                purged++;
            } catch (RuntimeException e) {
                log.error("DP4: purging client {} failed; it stays due and is tried again at the next run",
                        client.clientId(), e);
            }
        }
        return purged;
    }

    private void purge(Due client) {
        Integer rows = jdbc.queryForObject("select retention_purge_client(?)", Integer.class, client.clientId());
        audit.record(PURGED, "CLIENT", client.clientId(),
                "DP4: sagen sluttede " + client.caseEndedOn() + ", opbevaringsperiode " + properties.period()
                        + ", rækker slettet eller anonymiseret=" + rows);
    }
}

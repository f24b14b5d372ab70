package dk.kriminalforsorgen.mentorordning.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * AV1/AV2: recognises a failure that means "the database is unavailable for now" (down, restarting,
 * no free connection in the pool, a statement or lock wait that hit its timeout), as opposed to a
 * programming error. Such a request gets the 503 page quickly, never a 500 or a hang.
 */
public final class DatabaseUnavailable {

    /**
     * PostgreSQL SQL states: 57014 query cancelled (statement_timeout), 55P03 lock not available
     * (lock_timeout), 57P01-57P03 server shutting down or starting; class 08 are connection failures.
     */
    private static final Set<String> STATES = Set.of("57014", "55P03", "57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    private static boolean causedBy(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (unavailable(cause)) {
                return true;
            }
            // "Application exception overridden by rollback exception": the original may be a suppressed one.
            for (Throwable suppressed : cause.getSuppressed()) {
                if (causedBy(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof SQLTimeoutException
                || cause instanceof JDBCConnectionException
                || cause instanceof CannotCreateTransactionException || cause instanceof QueryTimeoutException
                || cause instanceof PessimisticLockingFailureException
                || cause instanceof DataAccessResourceFailureException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (STATES.contains(sql.getSQLState()) || sql.getSQLState().startsWith("08"))) {
            return true;
        }
        // The pool's answer on a connection that broke under a running transaction (no SQL state).
        return cause instanceof SQLException sql && "Connection is closed".equals(sql.getMessage());
    }
}

package dk.kriminalforsorgen.mentorordning.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 10: a page read (GET) that runs in one database transaction, from the controller advice's panels
 * through the handler to the end of rendering (the fragments that other modules' beans fill in while the
 * template renders), instead of one transaction per panel and fragment. {@link PageTransactionInterceptor}
 * opens it and commits it after the view has rendered into a buffer and before a byte of the page is sent:
 * the audit rows of the page's reads (AU1), which {@code AuditService} collects during the page and writes
 * together just before the commit, are therefore committed before the data is shown, and if they cannot be
 * written the page is not shown (AU2). For pages that only read; a page that changes state is a POST.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PageTransaction {

    /** The name of a page transaction, as {@link TransactionSynchronizationManager} reports it. */
    String NAME = "page";

    /** Whether the current thread runs inside a page transaction. */
    final class Current {

        private Current() {
        }

        /** True while the page's panels, services and template run in its transaction (and join it). */
        public static boolean active() {
            return TransactionSynchronizationManager.isActualTransactionActive()
                    && NAME.equals(TransactionSynchronizationManager.getCurrentTransactionName());
        }

        /**
         * The value of a read that several parts of one page make (the same course's facts, the signed-in
         * mentor's id): read once per page transaction and remembered until it ends; outside a page
         * transaction read every time. The key must name everything the value depends on (the user among them).
         */
        @SuppressWarnings("unchecked")
        public static <T> T remembered(Object key, Supplier<T> read) {
            if (!active() || !TransactionSynchronizationManager.isSynchronizationActive()) {
                return read.get();
            }
            Memo memo = (Memo) TransactionSynchronizationManager.getResource(Memo.KEY);
            if (memo == null) {
                memo = new Memo();
                TransactionSynchronizationManager.bindResource(Memo.KEY, memo);
                TransactionSynchronizationManager.registerSynchronization(memo);
            }
            if (memo.values.containsKey(key)) {
                return (T) memo.values.get(key);
            }
            T value = read.get();
            memo.values.put(key, value);
            return value;
        }
    }

    /** The remembered reads of one page transaction, forgotten when it ends. */
    final class Memo implements TransactionSynchronization {

        private static final Object KEY = new Object();

        private final Map<Object, Object> values = new HashMap<>();

        private Memo() {
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}

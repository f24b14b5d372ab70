package dk.kriminalforsorgen.mentorordning.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Issue 10: the sessions stay in PostgreSQL, so every instance serves every session (AV1) and ending a user's
 * sessions reaches all instances (AS7), but a request pays one read of its session and, mostly, no write.
 * <ul>
 *   <li>Spring Session looks the requested session up three times per request: in its filter, in the
 *       concurrent-session check (through the session registry) and once more after saving, to decide whether to set
 *       the cookie. Inside a request ({@link #openRequest}) the second and third are answered from the first.</li>
 *   <li>Spring Session rewrites the session row on every request only to move its last access time. Here a session
 *       in which nothing else changed is written only when its stored last access is {@link SessionStorage#TOUCH_INTERVAL} old or
 *       older; the idle timeout (AS6) thus counts from a moment at most that much before the latest request, and the
 *       layout's warning comes that much earlier.</li>
 * </ul>
 * Everything else (new sessions, attributes set or removed, a new id, invalidation, the index by user name) goes
 * straight to the wrapped repository, in its own transactions.
 */
final class FrugalSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<FrugalSessionRepository.Tracked>, DisposableBean {

    /** The sessions read by the current request, by id; null outside a request. */
    private static final ThreadLocal<Map<String, Tracked>> REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;

    FrugalSessionRepository(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    /** Starts the request scope of the current thread; running the result ends it and forgets what the request read. */
    static Runnable openRequest() {
        if (REQUEST.get() != null) {
            return () -> { }; // a dispatch inside the request: the outer one closes
        }
        REQUEST.set(new HashMap<>());
        return REQUEST::remove;
    }

    @Override
    public Tracked createSession() {
        return new Tracked(sessions.createSession(), null);
    }

    @Override
    public void save(Tracked session) {
        if (session.unchangedSinceStored()) {
            return;
        }
        sessions.save(session.typed());
        session.stored();
        Map<String, Tracked> read = REQUEST.get();
        if (read != null) {
            read.values().removeIf(s -> s == session); // its id may have changed (session fixation protection)
            read.put(session.getId(), session);
        }
    }

    @Override
    public Tracked findById(String id) {
        Map<String, Tracked> read = REQUEST.get();
        Tracked known = read == null ? null : read.get(id);
        if (known != null) {
            return known;
        }
        S found = sessions.findById(id);
        if (found == null) {
            return null;
        }
        Tracked tracked = new Tracked(found, found.getLastAccessedTime());
        if (read != null) {
            read.put(id, tracked);
        }
        return tracked;
    }

    @Override
    public void deleteById(String id) {
        Map<String, Tracked> read = REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> new Tracked(e.getValue(), e.getValue().getLastAccessedTime())));
    }

    @Override
    public void destroy() throws Exception {
        if (sessions instanceof DisposableBean disposable) {
            disposable.destroy(); // stops the wrapped repository's clean-up of expired sessions
        }
    }

    /** A session that knows whether anything but its last access changed since it was read or stored. */
    static final class Tracked implements Session {

        private final Session session;
        /** The last access as stored; null for a session not yet stored. */
        private Instant storedLastAccess;
        private boolean changed;

        private Tracked(Session session, Instant storedLastAccess) {
            this.session = session;
            this.storedLastAccess = storedLastAccess;
        }

        boolean unchangedSinceStored() {
            return !changed && storedLastAccess != null
                    && Duration.between(storedLastAccess, session.getLastAccessedTime()).compareTo(SessionStorage.TOUCH_INTERVAL) < 0;
        }

        void stored() {
            storedLastAccess = session.getLastAccessedTime();
            changed = false;
        }

        @SuppressWarnings("unchecked")
        <S extends Session> S typed() {
            return (S) session;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(session.getMaxInactiveInterval())) {
                changed = true;
            }
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}

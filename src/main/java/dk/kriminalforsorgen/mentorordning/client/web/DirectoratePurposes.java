package dk.kriminalforsorgen.mentorordning.client.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.ClientProperties;
import dk.kriminalforsorgen.mentorordning.client.RecordPurposes;

/**
 * AZ5: the purposes the directorate has recorded for opening client records, per client, kept in
 * the session for a limited time (default 30 minutes); after that a new purpose is asked for.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DirectoratePurposes implements RecordPurposes {

    private static final String ATTRIBUTE = DirectoratePurposes.class.getName();

    private final Clock clock;
    private final ClientProperties properties;

    record Purpose(String text, Instant expires) implements Serializable {
    }

    void remember(HttpSession session, long clientId, String purpose) {
        Map<Long, Purpose> purposes = purposes(session);
        purposes.put(clientId, new Purpose(purpose, Instant.now(clock).plus(properties.directoratePurposeValidity())));
        // Sessions live in PostgreSQL: a changed attribute is saved only when it is set again.
        session.setAttribute(ATTRIBUTE, purposes);
    }

    @Override
    public Optional<String> recorded(HttpSession session, long clientId) {
        return Optional.ofNullable(current(session, clientId));
    }

    /** The purpose still valid for this client, or null. */
    String current(HttpSession session, long clientId) {
        Purpose purpose = purposes(session).get(clientId);
        if (purpose == null || !purpose.expires().isAfter(Instant.now(clock))) {
            return null;
        }
        return purpose.text();
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Purpose> purposes(HttpSession session) {
        synchronized (session.getId().intern()) {
            Object value = session.getAttribute(ATTRIBUTE);
            if (value == null) {
                HashMap<Long, Purpose> map = new HashMap<>();
                session.setAttribute(ATTRIBUTE, map);
                return map;
            }
            return (Map<Long, Purpose>) value;
        }
    }
}

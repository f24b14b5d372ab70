package dk.kriminalforsorgen.mentorordning.client;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * AZ5: the purpose the directorate has recorded in this session for opening one client's data, if it
 * is still valid. Other features that show a client's data (status reports) ask here, so the
 * directorate states its purpose once, on the client record, before any page about the client.
 */
public interface RecordPurposes {

    Optional<String> recorded(HttpSession session, long clientId);

    /** Where the directorate records its purpose for this client. */
    static String formPath(long clientId) {
        return "/klienter/" + clientId + "/formaal";
    }
}

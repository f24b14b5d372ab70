package dk.kriminalforsorgen.mentorordning.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.shared.web.RequestIdFilter;

/**
 * AU4: security events (log-in, denied access, CSRF failure, role change) as one JSON line each on
 * the logger "SECURITY". Every value is JSON-escaped, control characters included, so a user name
 * with a line break cannot forge a second log line.
 */
@Component
public class SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger("SECURITY");

    public void event(String event, String username, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", event);
        line.put("user", username);
        line.put("requestId", RequestIdFilter.currentRequestId());
        line.putAll(fields);
        log.info(toJson(line));
    }

    static String toJson(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key);
            json.append(':');
            if (value == null) {
                json.append("null");
            } else if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                quote(json, value.toString());
            }
        });
        return json.append('}').toString();
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x7f) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}

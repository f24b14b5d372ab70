package dk.kriminalforsorgen.mentorordning.retention;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * DP5: everything stored about one client or one mentor, as one JSON document with a key per table. The rows come
 * from the published database functions {@code subject_access_client} / {@code subject_access_mentor} (V621); the CPR
 * number is decrypted here (its key is not in the database) and the keyed lookup hash is left out. Every export is
 * audited with the purpose the directorate gave (usually the journal number of the person's request).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubjectAccessExport {

    public static final String EXPORTED = "SUBJECT_ACCESS_EXPORT";

    /** Whose data: the person kind, its audit subject type and the database function that collects it. */
    public enum Subject {
        CLIENT("CLIENT", "subject_access_client", "client"),
        /** Issue 17: the mentor's trainings come from the mentor module's own function (V230). */
        MENTOR("MENTOR", "subject_access_mentor", "mentor", "subject_access_mentor_training");

        private final String auditType;
        private final String function;
        private final String mainTable;
        /** Further published functions whose tables are added to the export (one key per table, like the main one). */
        private final java.util.List<String> supplements;

        Subject(String auditType, String function, String mainTable, String... supplements) {
            this.auditType = auditType;
            this.function = function;
            this.mainTable = mainTable;
            this.supplements = java.util.List.of(supplements);
        }
    }

    private final JdbcTemplate jdbc;
    private final CprProtector cprs;
    private final AuditService audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    /** The export as pretty-printed JSON; audited in the same transaction (no export without its audit row). */
    @Transactional
    public String export(Subject subject, long id, String purpose) {
        String rows = jdbc.queryForObject("select " + subject.function + "(?)::text", String.class, id);
        ObjectNode tables = (ObjectNode) json.readTree(rows);
        for (String supplement : subject.supplements) {
            tables.setAll((ObjectNode) json.readTree(
                    jdbc.queryForObject("select " + supplement + "(?)::text", String.class, id)));
        }
        JsonNode main = tables.path(subject.mainTable);
        if (main.isEmpty()) {
            throw new NotFoundException(subject.mainTable + " " + id);
        }
        main.forEach(row -> revealCpr((ObjectNode) row));
        int count = 0;
        for (JsonNode table : tables) {
            count += table.size();
        }
        audit.recordWithPurpose(EXPORTED, subject.auditType, id, "DP5: tabeller=" + tables.size() + ", rækker=" + count,
                purpose);
        ObjectNode document = json.createObjectNode();
        document.put("subjectType", subject.auditType);
        document.put("subjectId", id);
        document.put("exportedAt", Instant.now(clock).toString());
        document.set("tables", tables);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    private void revealCpr(ObjectNode row) {
        JsonNode encrypted = row.remove("cpr_encrypted");
        row.remove("cpr_hash");
        row.put("cpr", encrypted == null || encrypted.isNull() ? null : cprs.decrypt(encrypted.asString()).full());
    }
}

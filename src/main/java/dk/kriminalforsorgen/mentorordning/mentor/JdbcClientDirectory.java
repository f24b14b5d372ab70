package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.AreaScoped;

/**
 * {@link ClientDirectory} over the client feature's tables: the client's competent area (checked with
 * {@link AccessChecker}, C1/AZ2), current unit (M5), preferred language, the postal code in the address,
 * and the need areas of the latest LS/RNR assessment rated medium or higher, in two small queries; the
 * read is audited. SQL rather than {@code ClientService}, whose reads open the whole record (CPR
 * decryption, histories, eligibility); if the client feature later offers a lean "matching facts" read,
 * this adapter should call it instead of knowing the client tables.
 */
@Component
class JdbcClientDirectory implements ClientDirectory {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\b(\\d{4})\\b");

    private final JdbcTemplate jdbc;
    private final AccessChecker access;
    private final AuditService audit;

    JdbcClientDirectory(JdbcTemplate jdbc, AccessChecker access, AuditService audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    private record Row(long id, String name, Long areaId, Long unitId, Long releaseUnitId, String language, String address)
            implements AreaScoped {
    }

    @Override
    @Transactional
    public Optional<ClientFacts> findVisible(long clientId) {
        List<Row> rows = jdbc.query("""
                select id, first_name || ' ' || last_name, area_id, unit_id, release_unit_id, preferred_language, address
                from client where id = ?
                """, (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getObject(5, Long.class), rs.getString(6), rs.getString(7)), clientId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = access.requireVisible(rows.get(0), "CLIENT", clientId);
        Set<NeedArea> needs = EnumSet.noneOf(NeedArea.class);
        jdbc.query("""
                select n.need_area from risk_assessment_need n
                where n.level in ('MEDIUM', 'HIGH', 'VERY_HIGH')
                  and n.assessment_id = (select a.id from risk_assessment a where a.client_id = ?
                                         order by a.assessed_on desc, a.id desc limit 1)
                """, rs -> {
            needs.add(NeedArea.valueOf(rs.getString(1)));
        }, clientId);
        audit.record("CLIENT_VIEWED_FOR_MATCHING", "CLIENT", clientId, null);
        String postalCode = null;
        if (row.address() != null) {
            Matcher m = POSTAL_CODE.matcher(row.address());
            postalCode = m.find() ? m.group(1) : null;
        }
        return Optional.of(new ClientFacts(row.id(), row.name(), row.areaId(), row.unitId(), row.releaseUnitId(), needs,
                row.language() == null ? null : row.language().toLowerCase(java.util.Locale.ROOT), postalCode));
    }
}

package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;

/** The coordinator's start panel (DOMAIN §7): the area's registry pipeline by status and mentors near the ceiling. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegistryOverview {

    public record Panel(Map<MentorStatus, Integer> pipeline, List<Workload.NearCeiling> nearCeiling) {
    }

    private final JdbcTemplate jdbc;
    private final Workload workload;
    private final AuditService audit;

    @Transactional
    public Panel forArea(long areaId) {
        Map<MentorStatus, Integer> pipeline = new EnumMap<>(MentorStatus.class);
        for (MentorStatus status : MentorStatus.values()) {
            if (status != MentorStatus.RETIRED) {
                pipeline.put(status, 0);
            }
        }
        jdbc.query("select status, count(*) from mentor where home_area_id = ? and status <> 'RETIRED' group by status",
                rs -> {
                    pipeline.put(MentorStatus.valueOf(rs.getString(1)), rs.getInt(2));
                }, areaId);
        audit.record("MENTOR_PIPELINE_VIEWED", MentorRegistry.SUBJECT, null, "area=" + areaId);
        return new Panel(pipeline, workload.nearCeiling(areaId, 5));
    }
}

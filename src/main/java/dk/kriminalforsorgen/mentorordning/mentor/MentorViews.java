package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;

/**
 * A mentor's page. The registry is national: anyone of a caseworker's rank may view a mentor, the
 * vetting details only where {@link RecordAccess} allows (AZ3). Audited (AU1) with whether the record
 * details were shown.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MentorViews {

    private final MentorLoader loader;
    private final RecordAccess recordAccess;
    private final Workload workload;
    private final ProfileChecks profiles;
    private final ReferenceData referenceData;
    private final RegistryProperties properties;
    private final AuditService audit;
    private final Clock clock;

    /** A mentor's page: the record, whether the user may see the vetting details, and the workload. */
    public record MentorView(Mentor mentor, boolean recordDetailsVisible, boolean changeable, BigDecimal agreedHours,
                             BigDecimal capacityLeft, LocalDate vettingValidUntil, boolean vettingValid,
                             boolean availableToday, String homeAreaName, String employeeUnitName, int age,
                             String maskedCpr) {
    }

    public MentorView view(long id) {
        Mentor mentor = loader.find(id);
        boolean details = recordAccess.canSeeDetails(mentor);
        audit.record(details ? "MENTOR_VIEWED_WITH_RECORD" : "MENTOR_VIEWED", MentorRegistry.SUBJECT, id, null);
        BigDecimal agreed = workload.agreedHours(id);
        LocalDate today = LocalDate.now(clock);
        return new MentorView(mentor, details, loader.mayChange(mentor), agreed, workload.capacityLeft(agreed),
                mentor.vetting().validUntil(properties), mentor.vetting().isValidOn(today, properties),
                mentor.isAvailableOn(today), referenceData.areaName(mentor.getHomeAreaId()),
                referenceData.unit(mentor.getEmployeeUnitId()).map(Unit::getName).orElse(null), mentor.ageOn(today),
                profiles.maskedCpr(mentor));
    }
}

package dk.kriminalforsorgen.mentorordning.statusreport.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** No delete method on purpose (S4: a report is never deleted; the database refuses it too). */
interface StatusReportRepository extends Repository<StatusReport, Long> {

    StatusReport saveAndFlush(StatusReport report);

    Optional<StatusReport> findById(Long id);

    List<StatusReport> findByCourseIdOrderByPeriodStartDescIdDesc(Long courseId);

    boolean existsByCourseIdAndKindAndPeriodStart(Long courseId, ReportKind kind, LocalDate periodStart);
}

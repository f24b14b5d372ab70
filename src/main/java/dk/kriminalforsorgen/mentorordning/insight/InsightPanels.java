package dk.kriminalforsorgen.mentorordning.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;

/**
 * What other modules' pages show of insight, called from their templates ({@code @insightPanels}) so
 * that they need no Java dependency on this module: the course page's compliance panel and the
 * start pages' summaries.
 */
@Component("insightPanels")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InsightPanels {

    /** The directorate's start page: a few figures, this quarter against the previous one. */
    public record StartFigures(Quarter quarter, List<NationalFigures.Table> tables) {
    }

    private static final List<Figure> START_FIGURES = List.of(Figure.COURSES_ACTIVE, Figure.COURSES_STARTED,
            Figure.ELIGIBLE, Figure.OFFERED, Figure.REVIEWS_ON_TIME, Figure.MONTHLY_REPORTS_DELIVERED);

    private final ComplianceOverview compliance;
    private final NationalFigures figures;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    /** The compliance panel of a course, or null when it is ended or not the user's to see. */
    public List<ComplianceItem> course(long courseId) {
        return compliance.coursePanel(courseId).orElse(null);
    }

    public StartFigures directorateStart() {
        if (currentUsers.current().filter(u -> u.is(Role.DIRECTORATE)).isEmpty()) {
            return null;
        }
        Quarter quarter = Quarter.of(LocalDate.now(clock));
        NationalFigures.Criteria criteria = new NationalFigures.Criteria(quarter, null, null, null);
        return new StartFigures(quarter, figures.tables(criteria, START_FIGURES));
    }

    /** The coordinator's start page: how many rule items of the area are overdue. */
    public Optional<Long> coordinatorOverdue() {
        Long area = compliance.scope(null);
        if (currentUsers.current().filter(u -> u.is(Role.COORDINATOR)).isEmpty() || area == null) {
            return Optional.empty();
        }
        return Optional.of(compliance.overdueCount(area));
    }
}

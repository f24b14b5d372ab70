package dk.kriminalforsorgen.mentorordning.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.insight.ComplianceOverview;
import dk.kriminalforsorgen.mentorordning.insight.ComplianceStatus;
import dk.kriminalforsorgen.mentorordning.insight.DataQuality;
import dk.kriminalforsorgen.mentorordning.insight.Figure;
import dk.kriminalforsorgen.mentorordning.insight.FigureCsv;
import dk.kriminalforsorgen.mentorordning.insight.NationalFigures;
import dk.kriminalforsorgen.mentorordning.insight.Quarter;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Rule;

/** National figures (directorate), compliance roll-up (coordinator, directorate) and data quality (coordinator). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InsightController {

    private static final List<String> UNIT_TYPES = List.of("PRISON", "JAIL", "HALFWAY_HOUSE", "PROBATION_OFFICE");
    private static final List<String> RISK_LEVELS = List.of("VERY_LOW", "LOW", "MEDIUM", "HIGH", "VERY_HIGH");

    private final NationalFigures figures;
    private final FigureCsv csv;
    private final ComplianceOverview compliance;
    private final DataQuality dataQuality;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/landstal")
    String figures(@RequestParam(name = "kvartal", required = false) String quarter,
                   @RequestParam(name = "omraade", required = false) Long area,
                   @RequestParam(name = "enhedstype", required = false) String unitType,
                   @RequestParam(name = "risiko", required = false) String risk, Model model) {
        NationalFigures.Criteria criteria = criteria(quarter, area, unitType, risk);
        model.addAttribute("criteria", criteria);
        model.addAttribute("tables", figures.tables(criteria));
        model.addAttribute("quarters", quarters());
        model.addAttribute("areas", reference.areas());
        model.addAttribute("unitTypes", UNIT_TYPES);
        model.addAttribute("riskLevels", RISK_LEVELS);
        return "insight/figures";
    }

    @GetMapping("/landstal/csv")
    ResponseEntity<byte[]> figureCsv(@RequestParam("figur") String figure,
                                     @RequestParam(name = "kvartal", required = false) String quarter,
                                     @RequestParam(name = "omraade", required = false) Long area,
                                     @RequestParam(name = "enhedstype", required = false) String unitType,
                                     @RequestParam(name = "risiko", required = false) String risk) {
        Figure which = parse(Figure.class, figure);
        NationalFigures.Criteria criteria = criteria(quarter, area, unitType, risk);
        byte[] body = csv.export(which, criteria, quarterLabel(criteria.quarter()), quarterLabel(criteria.quarter().previous()));
        String filename = "landstal-" + which.name().toLowerCase() + "-" + criteria.quarter().param() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    @GetMapping("/overholdelse")
    String compliance(@RequestParam(name = "omraade", required = false) Long area, Model model) {
        model.addAttribute("rollup", compliance.rollup(area));
        model.addAttribute("areas", reference.areas());
        model.addAttribute("statuses", List.of(ComplianceStatus.OVERDUE, ComplianceStatus.DUE, ComplianceStatus.MET,
                ComplianceStatus.NOT_APPLICABLE));
        return "insight/compliance";
    }

    @GetMapping("/overholdelse/forloeb")
    String complianceCourses(@RequestParam(name = "omraade", required = false) Long area,
                             @RequestParam(name = "regel", required = false) String rule,
                             @RequestParam(name = "status", required = false) String status,
                             @RequestParam(name = "enhed", required = false) Long unit,
                             @RequestParam(name = "ansvarlig", required = false) Long responsible,
                             @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        Rule r = rule == null ? null : parse(Rule.class, rule);
        ComplianceStatus s = status == null ? null : parse(ComplianceStatus.class, status);
        List<ComplianceOverview.Line> lines = compliance.lines(area, r, s, unit, responsible, page);
        boolean hasNext = lines.size() > ComplianceOverview.PAGE_SIZE;
        model.addAttribute("lines", hasNext ? lines.subList(0, ComplianceOverview.PAGE_SIZE) : lines);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/overholdelse/forloeb")
                .queryParamIfPresent("omraade", java.util.Optional.ofNullable(area))
                .queryParamIfPresent("regel", java.util.Optional.ofNullable(r))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(s))
                .queryParamIfPresent("enhed", java.util.Optional.ofNullable(unit))
                .queryParamIfPresent("ansvarlig", java.util.Optional.ofNullable(responsible))
                .build().toUriString());
        model.addAttribute("rule", r);
        model.addAttribute("status", s);
        model.addAttribute("scopeArea", compliance.scope(area));
        return "insight/compliance-courses";
    }

    @GetMapping("/datakvalitet")
    String dataQuality(Model model) {
        model.addAttribute("quality", dataQuality.forMyArea());
        return "insight/data-quality";
    }

    private NationalFigures.Criteria criteria(String quarter, Long area, String unitType, String risk) {
        Quarter q;
        try {
            q = quarter == null || quarter.isBlank() ? Quarter.of(LocalDate.now(clock)) : Quarter.parse(quarter);
        } catch (RuntimeException e) {
            throw new NotFoundException("quarter " + quarter);
        }
        return new NationalFigures.Criteria(q, area, blankToNull(unitType, UNIT_TYPES), blankToNull(risk, RISK_LEVELS));
    }

    private static String blankToNull(String value, List<String> allowed) {
        return value == null || value.isBlank() || !allowed.contains(value) ? null : value;
    }

    /** The last eight quarters, newest first, with their labels. */
    private List<QuarterOption> quarters() {
        List<QuarterOption> options = new ArrayList<>();
        Quarter q = Quarter.of(LocalDate.now(clock));
        for (int i = 0; i < 8; i++) {
            options.add(new QuarterOption(q.param(), quarterLabel(q)));
            q = q.previous();
        }
        return options;
    }

    record QuarterOption(String value, String label) {
    }

    private String quarterLabel(Quarter q) {
        return messages.getMessage("insight.quarter", new Object[] {q.number(), String.valueOf(q.year())},
                LocaleContextHolder.getLocale());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(type.getSimpleName() + " " + value);
        }
    }
}

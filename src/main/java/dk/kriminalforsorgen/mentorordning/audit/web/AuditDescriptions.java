package dk.kriminalforsorgen.mentorordning.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.shared.DanishFormat;

/**
 * Issue 16, defect 9: the audit log keeps what each module wrote (internal action codes and details such
 * as {@code course=7} or {@code state=null page=0}); the directorate reads Danish. This turns an action,
 * a subject type and the details into Danish text when the page is shown, so rows written before the
 * change read the same way. Labels are in {@code i18n/admin.properties} ({@code audit.action.*},
 * {@code audit.subject.*}, {@code audit.detail.*}, {@code audit.phrase.*}, {@code audit.value.*}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditDescriptions {

    /** English phrases some modules wrote into the details, longest first, each with its message key. */
    static final Map<String, String> PHRASES = phrases();

    /** Enumerated values are shown with the label their own feature uses, tried in this order. */
    private static final List<String> VALUE_PREFIXES = List.of("audit.value.", "audit.action.", "audit.subject.",
            "custodyStatus.", "course.state.",
            "course.endReason.", "course.reassign.reason.", "course.continuation.", "course.proposal.", "mentor.status.", "report.kind.",
            "report.channel.", "approval.decision.", "riskLevel.", "offerAnswer.", "role.", "meeting.kind.");

    private static final Pattern PAIR = Pattern.compile("([\\p{L}_-]+)=([^\\s,;]*)");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private final MessageSource messages;

    /** The Danish name of an action; an action without a label is named as an unknown action, never by its code. */
    public String action(String action) {
        if (action == null) {
            return "";
        }
        return message("audit.action." + action, message("audit.action.unknown", ""));
    }

    public String subjectType(String subjectType) {
        if (subjectType == null) {
            return "";
        }
        return message("audit.subject." + subjectType, message("audit.subject.unknown", ""));
    }

    /** The details in Danish: phrases translated, "key=value" as "Nøgle: værdi", empty and null values left out. */
    public String details(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        String text = details;
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            String danish = message(phrase.getValue(), phrase.getKey());
            text = text.replace(phrase.getKey(), phrase.getKey().endsWith("=") ? danish + ": " : danish);
        }
        text = replace(PAIR, text, pair -> {
            String value = pair.group(2);
            if (value.isEmpty() || "null".equals(value)) {
                return ",";
            }
            return message("audit.detail." + pair.group(1), pair.group(1)) + ": " + pairValue(pair.group(1), value) + ",";
        });
        text = replace(ISO_DATE, text, date -> {
            try {
                return DanishFormat.date(LocalDate.parse(date.group()));
            } catch (DateTimeParseException notADate) {
                return date.group();
            }
        });
        text = replace(CODE, text, code -> value(code.group()));
        text = text.replace("->", "→");
        return tidy(text);
    }

    private String pairValue(String key, String value) {
        if ("page".equals(key) && value.matches("\\d{1,9}")) {
            return String.valueOf(Integer.parseInt(value) + 1); // pages were written counted from 0
        }
        if ("true".equals(value) || "false".equals(value)) {
            return message("audit.value." + value, value);
        }
        if (DECIMAL.matcher(value).matches()) {
            return DanishFormat.decimal(new java.math.BigDecimal(value));
        }
        return value;
    }

    private String value(String code) {
        if (code.length() < 2 || code.matches("[A-Z]\\d+")) {
            return code; // a rule ID such as S4 or a one-letter word stays as written
        }
        for (String prefix : VALUE_PREFIXES) {
            String label = message(prefix + code, null);
            if (label != null) {
                return label;
            }
        }
        return code;
    }

    private static String tidy(String text) {
        String result = text.replaceAll("\\s+", " ")
                .replaceAll("\\s*,\\s*(,\\s*)+", ", ")
                .replaceAll("\\s+,", ",")
                .replaceAll("^[\\s,;]+|[\\s,;]+$", "")
                .replaceAll(":\\s*,", ":")
                .trim();
        return result;
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, DanishFormat.DANISH);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> how) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(how.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> phrases() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("start page: my courses=", "audit.phrase.startMyCourses");
        map.put("start page: overdue in area=", "audit.phrase.startOverdue");
        map.put("start page:", "audit.phrase.startPage");
        map.put("mentor's own courses=", "audit.phrase.mentorOwnCourses");
        map.put("mentor's own course", "audit.phrase.mentorOwnCourse");
        map.put("by the mentor", "audit.phrase.byMentor");
        map.put("duty to notify (S4)", "audit.phrase.dutyToNotify");
        map.put("action plan version", "audit.phrase.planVersion");
        map.put("edit form", "audit.phrase.editForm");
        map.put("other area", "audit.phrase.otherArea");
        map.put("kick-off", "audit.phrase.kickOff");
        map.put("review", "audit.phrase.review");
        map.put("acknowledged", "audit.phrase.acknowledged");
        map.put("available", "audit.phrase.available");
        map.put("until", "audit.phrase.until");
        map.put("area ", "audit.phrase.area");
        return map;
    }
}

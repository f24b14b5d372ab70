package dk.kriminalforsorgen.mentorordning.mentor;

import dk.kriminalforsorgen.mentorordning.shared.RuleOutcome;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Ground;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;

/**
 * Explainable matching of mentors to a client (DOMAIN §9):
 * <ol>
 *   <li>hard filters: {@link AppointmentPolicy} (M1-M10, approved, vetting valid, available); a mentor
 *       failing any of them is excluded, with every reason shown (vetting reasons redacted, AZ3);</li>
 *   <li>ranking of the rest by soft preferences, each with its explanation: a previous mentor of the
 *       client first, the client's own proposal (C3), strengths against the client's need areas,
 *       languages, same area or nearby postal district, capacity left, mentor training.</li>
 * </ol>
 * Issue 10: the registry is never assessed in Java as a whole. {@link CandidateQuery} applies the hard filters
 * and the ranking in SQL and returns the best {@code limit} candidates, the first excluded mentors and the
 * excluded counted by reason; the full policy (every rule with its paragraph) and the explanations are then
 * computed for the listed mentors only, from one query for their facts.
 * A coordinator may choose another candidate than the first (an override of a soft preference, with
 * a recorded reason); an excluded candidate can never be chosen: a choice is assessed by the policy itself.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Matching {

    private static final Logger log = LoggerFactory.getLogger(Matching.class);

    static final int PREVIOUS_MENTOR = 100;
    static final int PROPOSED_BY_CLIENT = 50;
    static final int PER_NEED_AREA = 15;
    static final int LANGUAGE = 15;
    static final int SAME_AREA = 20;
    static final int NEARBY = 10;
    static final int TRAINING = 5;
    static final int PER_FREE_HOUR = 1;

    /** How many candidates and excluded mentors a result lists (issue 10: never the whole registry). */
    public static final int LISTED = 20;

    /** One reason for a candidate's rank: a message key with its arguments and the points it gave. */
    public record Explanation(String messageKey, List<Object> arguments, List<String> labelKeys, int points) {
        Explanation(String messageKey, List<Object> arguments, int points) {
            this(messageKey, arguments, List.of(), points);
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    public record Candidate(long mentorId, String name, String areaName, String city, int score, int rank,
                            BigDecimal capacityLeft, List<Explanation> explanations) {
    }

    public record Excluded(long mentorId, String name, String areaName, List<RuleOutcome> reasons) {
    }

    /** A mentor named in a select (the M5 exception form). */
    public record Named(long mentorId, String name) {
    }

    /**
     * The listed part of a matching: the best candidates by rank and the first excluded mentors by name (or,
     * with a search, those whose name contains it), the excluded mentors failing M5 for the exception form, and
     * over the whole registry the totals and the excluded counted by ground.
     *
     * @param excludedBy per ground that is not sensitive, the excluded mentors failing it
     * @param vettingIncomplete the excluded mentors failing a rule that reveals the vetting (M7, M8; AZ3)
     * @param search the name searched for, or null
     */
    public record Result(ClientFacts client, LocalDate day, BigDecimal hours, List<Candidate> ranked, int rankedTotal,
                         List<Excluded> excluded, int excludedTotal, Map<Ground, Long> excludedBy,
                         long vettingIncomplete, List<Named> employees, String search) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AppointmentPolicy policy;
    private final RegistryProperties properties;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final CandidateQuery candidates;
    /**
     * Issue 10/13: the introduction course and earlier appointments matter only where the client's area
     * requires the course (the policy finds the check not applicable elsewhere without looking at them).
     */
    private final IntroductionRequirement introduction;

    /** The candidates for a client from today with the given hours a week (null: none yet agreed). */
    @Transactional
    public Result match(ClientFacts client, BigDecimal hours) {
        return match(client, hours, null);
    }

    /** The same, listing only the mentors whose name contains {@code search} (ignoring case; blank: no search). */
    @Transactional
    public Result match(ClientFacts client, BigDecimal hours, String search) {
        Result result = compute(client, hours, search);
        audit.record("MENTOR_MATCHING", "CLIENT", client.clientId(),
                "ranked=" + result.rankedTotal() + " excluded=" + result.excludedTotal());
        return result;
    }

    /**
     * Records the coordinator's choice. Choosing another than the first-ranked candidate is an override
     * of a soft preference and needs a reason; choosing an excluded candidate is refused (a hard rule): the
     * chosen mentor is assessed by the full {@link AppointmentPolicy}, whatever the SQL form says.
     */
    @Transactional
    public void choose(ClientFacts client, long mentorId, BigDecimal hours, String overrideReason) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal extra = hours == null ? BigDecimal.ZERO : hours;
        Row row = rows(client, List.of(mentorId)).stream().findFirst()
                .orElseThrow(() -> Refusal.onField(Check.INPUT, "mentorId", "mentor.match.unknown"));
        Optional<Excluded> excluded = exclusion(row, client, today, extra, currentUsers.require());
        if (excluded.isPresent()) {
            throw excludedRefusal(excluded.get());
        }
        int rank = candidates.rank(client, today, extra, mentorId).orElseThrow(() -> new IllegalStateException(
                "the appointment policy admits mentor " + mentorId + " but the matching query excludes them"));
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (rank > 1 && reason == null) {
            throw Refusal.onField(Check.MATCH_OVERRIDE, "overrideReason", "mentor.match.overrideReasonRequired", rank);
        }
        jdbc.update("""
                insert into mentor_match_choice (mentor_id, client_id, rank, override_reason, chosen_at, chosen_by)
                values (:mentor, :client, :rank, :reason, :at, :by)
                """, new MapSqlParameterSource().addValue("mentor", mentorId).addValue("client", client.clientId())
                .addValue("rank", rank).addValue("reason", rank > 1 ? reason : null)
                .addValue("at", Timestamp.from(Instant.now(clock))).addValue("by", currentUsers.require().getUsername()));
        audit.record(rank > 1 ? "MENTOR_MATCH_OVERRIDE" : "MENTOR_MATCH_CHOSEN", MentorRegistry.SUBJECT, mentorId,
                "client=" + client.clientId() + " rank=" + rank);
    }

    /**
     * Issue 16 defect 6: choosing an excluded mentor names the mentor and every rule that excludes them,
     * each with its paragraph (the appointment policy's full result, vetting redacted as on the page, AZ3),
     * at the chosen mentor field.
     */
    static Refusal excludedRefusal(Excluded excluded) {
        List<RuleViolation> reasons = new ArrayList<>();
        Ground first = excluded.reasons().isEmpty() ? Check.REGISTRY_STATUS : excluded.reasons().get(0).ground();
        reasons.add(RuleViolation.onField(first, "mentorId", "mentor.match.excludedChosen", excluded.name(),
                excluded.reasons().size()));
        excluded.reasons().forEach(reason -> reasons.add(reason.asViolation("mentorId")));
        return new Refusal(reasons);
    }

    private Optional<Excluded> exclusion(Row row, ClientFacts client, LocalDate day, BigDecimal extra, CurrentUser user) {
        AppointmentAssessment assessment = policy.assess(row.facts(), client, day, extra);
        if (assessment.appointable()) {
            return Optional.empty();
        }
        AppointmentAssessment shown = RecordAccess.canSeeDetails(user, row.vettingAreaId())
                ? assessment : assessment.redacted();
        return Optional.of(new Excluded(row.facts().mentorId(), row.name(), row.areaName(), shown.failures()));
    }

    Result compute(ClientFacts client, BigDecimal hours, String search) {
        LocalDate today = LocalDate.now(clock);
        CurrentUser user = currentUsers.require();
        BigDecimal extra = hours == null ? BigDecimal.ZERO : hours;
        String needle = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        CandidateQuery.Listing listing = candidates.list(client, today, extra, needle, LISTED);
        List<Long> listed = new ArrayList<>();
        listing.ranked().forEach(c -> listed.add(c.mentorId()));
        listing.excluded().forEach(x -> listed.add(x.mentorId()));
        Map<Long, Row> rows = new HashMap<>();
        rows(client, listed).forEach(row -> rows.put(row.facts().mentorId(), row));

        List<Candidate> ranked = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (CandidateQuery.Listed c : listing.ranked()) {
            Row row = rows.get(c.mentorId());
            exclusion(row, client, today, extra, user).ifPresentOrElse(x -> {
                log.error("Matching query ranks mentor {} whom the appointment policy excludes: {}", c.mentorId(), x.reasons());
                excluded.add(x);
            }, () -> ranked.add(rank(row, client, c.rank())));
        }
        for (CandidateQuery.Listed x : listing.excluded()) {
            exclusion(rows.get(x.mentorId()), client, today, extra, user).ifPresentOrElse(excluded::add,
                    () -> log.error("Matching query excludes mentor {} whom the appointment policy admits", x.mentorId()));
        }
        List<Named> employees = listing.employees().stream().map(e -> new Named(e.mentorId(), e.name())).toList();
        return new Result(client, today, hours, ranked, listing.rankedTotal(), excluded, listing.excludedTotal(),
                listing.excludedBy(), listing.vettingIncomplete(), employees, needle == null ? null : search.strip());
    }

    /** The listed mentors with the facts the rules and the explanations need (introduction facts only where required). */
    private List<Row> rows(ClientFacts client, List<Long> mentorIds) {
        // one statement even when nothing is listed, so the page's statements do not depend on the registry
        return jdbc.query("""
                select m.id, m.first_name || ' ' || m.last_name as name, m.city, m.postal_code,
                       m.home_area_id, coalesce(m.vetting_area_id, m.home_area_id) as vetting_area_id, m.status,
                       m.birth_date, m.speaks_danish, m.cooperation_declared_on, m.documentation_declared_on,
                       m.confidentiality_signed_on, m.employee_unit_id, m.consent_given_on, m.record_checked_on,
                       m.record_result, m.directorate_approved_at is not null as directorate_approved,
                       m.unavailable_until, m.hours_per_week, m.training_completed_on, h.agreed_hours,
                       m.proposed_for_client_id = :client as proposed,
                       exists (select 1 from mentor_close_relation r where r.mentor_id = m.id and r.client_id = :client) as close_relation,
                       exists (select 1 from mentor_employee_exception e where e.mentor_id = m.id and e.client_id = :client) as exception,
                       exists (select 1 from mentor_client_history c where c.mentor_id = m.id and c.client_id = :client) as previous,
                       array(select n.need_area from mentor_need_area n where n.mentor_id = m.id) as needs,
                       array(select l.language from mentor_language l where l.mentor_id = m.id) as languages,
                       case when :introduction
                            then (select min(t.taken_on) from mentor_training t where t.mentor_id = m.id and t.kind = 'INTRODUCTION')
                       end as introduction_on,
                       case when :introduction
                            then exists (select 1 from mentor_client_history a where a.mentor_id = m.id) else false
                       end as appointed_before
                from mentor m
                join mentor_agreed_hours h on h.mentor_id = m.id
                where m.id = any(cast(:mentors as bigint[]))
                """, new MapSqlParameterSource("client", client.clientId())
                .addValue("mentors", mentorIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .addValue("introduction", introduction.requiredIn(client.areaId())), (rs, i) -> row(rs));
    }

    private Candidate rank(Row row, ClientFacts client, int rank) {
        List<Explanation> why = new ArrayList<>();
        if (row.previous()) {
            why.add(new Explanation("mentor.match.previous", List.of(), PREVIOUS_MENTOR));
        }
        if (row.proposed()) {
            why.add(new Explanation("mentor.match.proposed", List.of(), PROPOSED_BY_CLIENT));
        }
        Set<NeedArea> common = EnumSet.noneOf(NeedArea.class);
        common.addAll(row.needAreas());
        common.retainAll(client.needAreas());
        if (!common.isEmpty()) {
            why.add(new Explanation("mentor.match.needAreas", List.of(common.size()),
                    common.stream().map(NeedArea::messageKey).toList(), PER_NEED_AREA * common.size()));
        } else if (!client.needAreas().isEmpty()) {
            why.add(new Explanation("mentor.match.noNeedAreas", List.of(), 0));
        }
        String language = client.preferredLanguage();
        if (language != null && !"da".equals(language)) {
            if (row.languages().contains(language)) {
                why.add(new Explanation("mentor.match.language", List.of(), List.of("language." + language), LANGUAGE));
            } else {
                why.add(new Explanation("mentor.match.noLanguage", List.of(), List.of("language." + language), 0));
            }
        }
        if (Objects.equals(row.homeAreaId(), client.areaId())) {
            why.add(new Explanation("mentor.match.sameArea", List.of(row.areaName()), SAME_AREA));
        } else {
            why.add(new Explanation("mentor.match.otherArea", List.of(row.areaName()), 0));
        }
        if (row.postalCode() != null && client.postalCode() != null && row.postalCode().length() == 4
                && client.postalCode().length() == 4 && row.postalCode().regionMatches(0, client.postalCode(), 0, 2)) {
            why.add(new Explanation("mentor.match.nearby", List.of(row.postalCode(), row.city() == null ? "" : row.city()), NEARBY));
        }
        BigDecimal left = row.hoursOffered().min(properties.workloadCeilingHours()).subtract(row.facts().agreedHours());
        int capacityPoints = Math.max(0, left.setScale(0, RoundingMode.DOWN).intValue()) * PER_FREE_HOUR;
        why.add(new Explanation("mentor.match.capacity", List.of(left.max(BigDecimal.ZERO), row.facts().agreedHours()), capacityPoints));
        if (row.trainingCompletedOn() != null) {
            why.add(new Explanation("mentor.match.training", List.of(), TRAINING));
        }
        int score = why.stream().mapToInt(Explanation::points).sum();
        return new Candidate(row.facts().mentorId(), row.name(), row.areaName(), row.city(), score, rank,
                left.max(BigDecimal.ZERO), why);
    }

    record Row(MentorFacts facts, String name, String areaName, String city, String postalCode, Long homeAreaId,
               Long vettingAreaId, BigDecimal hoursOffered, LocalDate trainingCompletedOn, boolean proposed,
               boolean previous, List<NeedArea> needAreas, List<String> languages) {
    }

    private Row row(ResultSet rs) throws SQLException {
        String result = rs.getString("record_result");
        MentorFacts facts = new MentorFacts(rs.getLong("id"), MentorStatus.valueOf(rs.getString("status")),
                date(rs, "birth_date"), rs.getBoolean("speaks_danish"), date(rs, "cooperation_declared_on"),
                date(rs, "documentation_declared_on"), date(rs, "confidentiality_signed_on"),
                rs.getObject("employee_unit_id", Long.class), date(rs, "consent_given_on"), date(rs, "record_checked_on"),
                result == null ? null : RecordResult.valueOf(result), rs.getBoolean("directorate_approved"),
                date(rs, "unavailable_until"), rs.getBigDecimal("agreed_hours"), rs.getBoolean("close_relation"),
                rs.getBoolean("exception")).withTraining(date(rs, "introduction_on"), rs.getBoolean("appointed_before"));
        return new Row(facts, rs.getString("name"), referenceData.areaName(rs.getLong("home_area_id")),
                rs.getString("city"), rs.getString("postal_code"), rs.getLong("home_area_id"), rs.getLong("vetting_area_id"),
                rs.getBigDecimal("hours_per_week"), date(rs, "training_completed_on"), rs.getBoolean("proposed"),
                rs.getBoolean("previous"),
                RegistrySearch.strings(rs.getArray("needs")).stream().map(NeedArea::valueOf).toList(),
                RegistrySearch.strings(rs.getArray("languages")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}

package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * Issue 17: the trainings each mentor took (news 2019, "mentorkurser"). Anyone who may view a mentor sees their
 * trainings; a coordinator of the mentor's home area records and corrects them (AZ2: 404 for another area's
 * mentor, audited). A correction is audited with the values it replaced. Coordinators see which of their area's
 * mentors lack the introduction course (a bounded list).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MentorTrainings {

    /** At most this many trainings are shown on a mentor's page (a mentor takes a handful). */
    public static final int SHOWN = 50;
    /** At most this many mentors are named in the coordinator's list; the total is counted. */
    public static final int LACKING_SHOWN = 10;
    static final int NAME_MAX = 200;
    static final BigDecimal HOURS_MAX = new BigDecimal("500");

    private final MentorTrainingRepository trainings;
    private final MentorLoader loader;
    private final IntroductionRequirement requirement;
    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final AuditService audit;
    private final Clock clock;

    /** What a coordinator types in. */
    public record TrainingInput(TrainingKind kind, String name, LocalDate takenOn, BigDecimal hours) {
    }

    /** A mentor without the introduction course. */
    public record MentorLacking(long mentorId, String name, String status) {
    }

    /** The area's mentors without the introduction (at most {@link #LACKING_SHOWN}), the total, and whether the area requires it. */
    public record LackingIntroduction(List<MentorLacking> mentors, int total, boolean required) {
    }

    @Transactional(readOnly = true)
    public List<MentorTraining> of(long mentorId) {
        return trainings.findByMentorIdOrderByTakenOnDescIdDesc(mentorId, Limit.of(SHOWN));
    }

    /** 404 (audited, AZ2) unless the signed-in coordinator may change the mentor: for the form pages. */
    @Transactional(readOnly = true)
    public void requireChangeable(long mentorId) {
        loader.findChangeable(mentorId);
    }

    /** The training to correct, if the signed-in coordinator may change the mentor (404 otherwise). */
    @Transactional(readOnly = true)
    public MentorTraining forCorrection(long mentorId, long trainingId) {
        loader.findChangeable(mentorId);
        return trainings.findByIdAndMentorId(trainingId, mentorId)
                .orElseThrow(() -> new NotFoundException("training " + trainingId));
    }

    public MentorTraining record(long mentorId, TrainingInput input) {
        Mentor mentor = loader.findChangeable(mentorId);
        Refusal.throwIfAny(check(input));
        MentorTraining training = trainings.saveAndFlush(new MentorTraining(mentor.getId(), input,
                Instant.now(clock), currentUsers.require().getUsername()));
        audit.record("MENTOR_TRAINING_RECORDED", MentorRegistry.SUBJECT, mentorId,
                "training=" + training.getId() + " " + training.describe());
        return training;
    }

    /** A correction (CI1: refused when the training changed since the form was opened); audited with the old values. */
    public void correct(long mentorId, long trainingId, long version, TrainingInput input) {
        MentorTraining training = forCorrection(mentorId, trainingId);
        StaleEditException.requireVersion(version, training.getVersion(), "training " + trainingId);
        Refusal.throwIfAny(check(input));
        String before = training.describe();
        training.apply(input);
        trainings.saveAndFlush(training);
        audit.record("MENTOR_TRAINING_CORRECTED", MentorRegistry.SUBJECT, mentorId,
                "training=" + trainingId + " før: " + before + " nu: " + training.describe());
    }

    /** The day the mentor first took the introduction course. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> introductionOn(long mentorId) {
        return trainings.findFirstByMentorIdAndKindOrderByTakenOnAsc(mentorId, TrainingKind.INTRODUCTION)
                .map(MentorTraining::getTakenOn);
    }

    /** Whether the mentor has been appointed before (a course or a commitment the registry recorded). */
    @Transactional(readOnly = true)
    public boolean appointedBefore(long mentorId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from mentor_client_history where mentor_id = ?)", Boolean.class, mentorId));
    }

    /**
     * The area's approved mentors and those on their way (vetting, awaiting the directorate) without the
     * introduction course: at most {@link #LACKING_SHOWN}, by name, with the total.
     */
    @Transactional(readOnly = true)
    public LackingIntroduction lackingIntroduction(long areaId) {
        String where = """
                from mentor m where m.home_area_id = ? and m.status in ('APPROVED', 'VETTING', 'AWAITING_DIRECTORATE')
                and not exists (select 1 from mentor_training t where t.mentor_id = m.id and t.kind = 'INTRODUCTION')
                """;
        List<MentorLacking> shown = jdbc.query("select m.id, m.first_name || ' ' || m.last_name, m.status " + where
                        + " order by m.last_name, m.first_name, m.id limit " + LACKING_SHOWN,
                (rs, i) -> new MentorLacking(rs.getLong(1), rs.getString(2), rs.getString(3)), areaId);
        Integer total = jdbc.queryForObject("select count(*) " + where, Integer.class, areaId);
        return new LackingIntroduction(shown, total == null ? 0 : total, requirement.requiredIn(areaId));
    }

    private List<RuleViolation> check(TrainingInput input) {
        List<RuleViolation> out = new ArrayList<>();
        if (input.kind() == null) {
            out.add(RuleViolation.onField(Check.INPUT, "kind", "mentor.training.kindMissing"));
        }
        if (input.name() == null || input.name().isBlank()) {
            out.add(RuleViolation.onField(Check.INPUT, "name", "mentor.training.nameMissing"));
        } else if (input.name().strip().length() > NAME_MAX) {
            out.add(RuleViolation.onField(Check.INPUT, "name", "mentor.training.nameTooLong", NAME_MAX));
        }
        if (input.takenOn() == null) {
            out.add(RuleViolation.onField(Check.INPUT, "takenOn", "mentor.training.dateMissing"));
        } else if (input.takenOn().isAfter(LocalDate.now(clock))) {
            out.add(RuleViolation.onField(Check.INPUT, "takenOn", "mentor.training.dateFuture"));
        }
        if (input.hours() == null) {
            out.add(RuleViolation.onField(Check.INPUT, "hours", "mentor.training.hoursMissing"));
        } else if (input.hours().signum() <= 0 || input.hours().compareTo(HOURS_MAX) > 0 || input.hours().stripTrailingZeros().scale() > 1) {
            out.add(RuleViolation.onField(Check.INPUT, "hours", "mentor.training.hoursInvalid", HOURS_MAX));
        }
        return out;
    }
}

package dk.kriminalforsorgen.mentorordning.security;

import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.audit.AuditService;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.StaleEditException;

/**
 * The directorate's administration of users (DOMAIN §1): create, change role, area and unit, mark
 * as certified LS/RNR assessor (E1), disable and enable, revoke the password (issue 14: the user then sets a new
 * one through an invitation). Every change is audited
 * (AU1) and logged as a security event (AU4); a change of access ends the user's live sessions (AS7).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserAdministration {

    public static final int PAGE_SIZE = 25;
    /** The length of the column {@code app_user.display_name}. */
    public static final int MAX_DISPLAY_NAME = 200;

    public static final int MAX_EMAIL = 254;
    private static final String SUBJECT = "USER";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final AppUserRepository users;
    private final ReferenceData referenceData;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SessionControl sessionControl;
    private final AuditService audit;
    private final SecurityEventLog securityLog;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** What a user is given: the same for creating and for changing. */
    public record Assignment(String displayName, Role role, Long areaId, Long unitId, boolean certifiedAssessor) {
    }

    public record Page(List<AppUser> users, int page, boolean hasNext) {
    }

    @Transactional(readOnly = true)
    public Page search(String text, Role role, Long areaId, int page) {
        int safePage = Math.max(page, 0);
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<AppUser> rows = users.search(pattern, role, areaId, PageRequest.of(safePage, PAGE_SIZE + 1));
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, safePage, hasNext);
    }

    @Transactional(readOnly = true)
    public AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    /** One page of the enabled staff of an area or unit, with their total (issue 10: never the whole list). */
    public record StaffPage(List<AppUser> users, int page, boolean hasNext, long total) {
    }

    /** The enabled users of one area, a page at a time, for the area page; the caller has checked the area. */
    @Transactional(readOnly = true)
    public StaffPage usersOfArea(Long areaId, int page) {
        return staffPage(page, rows -> users.findByAreaIdAndEnabledTrueOrderByDisplayNameAscIdAsc(areaId, rows),
                () -> users.countByAreaIdAndEnabledTrue(areaId));
    }

    @Transactional(readOnly = true)
    public StaffPage usersOfUnit(Long unitId, int page) {
        return staffPage(page, rows -> users.findByUnitIdAndEnabledTrueOrderByDisplayNameAscIdAsc(unitId, rows),
                () -> users.countByUnitIdAndEnabledTrue(unitId));
    }

    /** The page asked for (bounded), read one row past it to know whether another follows. */
    private static StaffPage staffPage(int page, Function<Pageable, List<AppUser>> read,
                                       LongSupplier total) {
        int safePage = Math.max(0, Math.min(page, 10_000));
        List<AppUser> rows = read.apply(PageRequest.of(safePage, PAGE_SIZE + 1));
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new StaffPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, safePage, hasNext, total.getAsLong());
    }

    /**
     * A user with a password chosen in code: the demo users and the tests' users (seeding). The directorate's pages
     * never choose a password: they use {@link #createInvited} and an invitation (issue 14).
     */
    @Transactional
    public AppUser create(String username, String password, Assignment assignment) {
        List<RuleViolation> problems = usernameProblems(username);
        try {
            passwordPolicy.check("password", password);
        } catch (Refusal tooWeak) {
            problems.addAll(tooWeak.violations());
        }
        problems.addAll(assignmentProblems(assignment));
        Refusal.throwIfAny(problems);
        return save(username.trim(), passwordEncoder.encode(password), assignment);
    }

    /**
     * Issue 14: a user who sets their own password through an invitation ({@link AccountInvitations}); until then the
     * hash is of a random secret that no one knows.
     */
    @Transactional
    AppUser createWithHash(String username, String passwordHash, Assignment assignment) {
        List<RuleViolation> problems = usernameProblems(username);
        problems.addAll(assignmentProblems(assignment));
        Refusal.throwIfAny(problems);
        return save(username.trim(), passwordHash, assignment);
    }

    /**
     * Issue 14: a staff user created by the directorate, enabled but without a usable password
     * ({@link #unusablePasswordHash()}) until they set their own through an invitation ({@link AccountInvitations}).
     * Every wrong field, the e-mail address included, is reported at once (IN1).
     */
    @Transactional
    AppUser createInvited(String username, String email, Assignment assignment) {
        List<RuleViolation> problems = usernameProblems(username);
        String address = null;
        try {
            address = checkEmail(email);
        } catch (Refusal notAnAddress) {
            problems.addAll(notAnAddress.violations());
        }
        problems.addAll(assignmentProblems(assignment));
        Refusal.throwIfAny(problems);
        AppUser user = save(username.trim(), unusablePasswordHash(), assignment);
        if (address != null) {
            changeEmail(user.getId(), address);
        }
        return user;
    }

    /**
     * Issue 14: the hash of a random 256-bit secret that is neither stored nor shown, so that no password matches it
     * until the user sets their own. An ordinary hash rather than a marker value: the encoder, the hash upgrade and
     * the lockout treat it like any other password, and a wrong guess fails like any wrong password.
     */
    String unusablePasswordHash() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwordEncoder.encode(java.util.HexFormat.of().formatHex(secret));
    }

    /**
     * Issue 14: a password reset by the directorate: the old password stops working at once and the user's sessions
     * end (AS7); {@link AccountInvitations#resetByInvitation} then issues the invitation to choose a new one. The
     * security log names the acting administrator.
     */
    @Transactional
    void revokePassword(long id) {
        AppUser user = get(id);
        user.changePasswordHash(unusablePasswordHash(), Instant.now(clock));
        users.saveAndFlush(user);
        audit.record("USER_PASSWORD_RESET", SUBJECT, id, "ny invitation");
        securityLog.event("USER_PASSWORD_RESET", user.getUsername(), Map.of("by", administrator()));
        sessionControl.endSessionsOf(id);
    }

    private List<RuleViolation> usernameProblems(String username) {
        String name = username == null ? "" : username.trim();
        // IN1: every wrong field is reported at once, not only the first.
        List<RuleViolation> problems = new ArrayList<>();
        if (!name.matches("[A-Za-z0-9._-]{3,100}")) {
            problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "username", "user.username.invalid"));
        } else if (users.findByUsernameIgnoreCase(name).isPresent()) {
            problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "username", "user.username.taken"));
        }
        return problems;
    }

    private AppUser save(String name, String passwordHash, Assignment assignment) {
        Instant now = Instant.now(clock);
        AppUser user = new AppUser(name, assignment.displayName(), passwordHash, now);
        user.assign(assignment.role(), assignment.areaId(), assignment.unitId(), assignment.certifiedAssessor(), now);
        users.saveAndFlush(user);
        audit.record("USER_CREATED", SUBJECT, user.getId(), describe(user));
        securityLog.event("USER_CREATED", name, Map.of("role", assignment.role().name(), "by", administrator()));
        return user;
    }

    @Transactional
    public AppUser change(long id, long formVersion, Assignment assignment) {
        AppUser user = get(id);
        StaleEditException.requireVersion(formVersion, user.getVersion(), "user " + id);
        checkAssignment(assignment);
        boolean accessChanged = user.getRole() != assignment.role()
                || !Objects.equals(user.getAreaId(), assignment.role().belongsToArea() ? assignment.areaId() : null)
                || !Objects.equals(user.getUnitId(), assignment.role().belongsToArea() ? assignment.unitId() : null)
                || user.isCertifiedAssessor() != assignment.certifiedAssessor();
        String before = describe(user);
        boolean couldBeResponsible = user.isEnabled() && user.getRole().belongsToArea();
        boolean moved = couldBeResponsible && (!assignment.role().belongsToArea()
                || !Objects.equals(user.getAreaId(), assignment.areaId())
                || !Objects.equals(user.getUnitId(), assignment.unitId()));
        Instant now = Instant.now(clock);
        user.rename(assignment.displayName(), now);
        user.assign(assignment.role(), assignment.areaId(), assignment.unitId(), assignment.certifiedAssessor(), now);
        users.saveAndFlush(user);
        audit.record("USER_CHANGED", SUBJECT, id, "før: " + before + "; efter: " + describe(user));
        if (accessChanged) {
            securityLog.event("ROLE_CHANGED", user.getUsername(), Map.of("role", user.getRole().name(),
                    "areaId", String.valueOf(user.getAreaId()), "by", administrator()));
            sessionControl.endSessionsOf(id);
        }
        if (moved) {
            withdrawn(id, StaffMemberWithdrawn.Change.MOVED, now);
        }
        return user;
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        AppUser user = get(id);
        if (!enabled && currentUsers.current().map(self -> self.id() == id).orElse(false)) {
            throw Refusal.general(Check.USER_ACCOUNT, "user.disable.self");
        }
        boolean withdrawn = user.isEnabled() && !enabled && user.getRole().belongsToArea();
        Instant now = Instant.now(clock);
        user.setEnabled(enabled, now);
        users.saveAndFlush(user);
        String action = enabled ? "USER_ENABLED" : "USER_DISABLED";
        audit.record(action, SUBJECT, id, null);
        securityLog.event(action, user.getUsername(), Map.of("by", administrator()));
        if (!enabled) {
            sessionControl.endSessionsOf(id);
        }
        if (withdrawn) {
            withdrawn(id, StaffMemberWithdrawn.Change.DISABLED, now);
        }
    }

    /**
     * Issue 11: a user who may be responsible for courses (C7) was disabled or moved; published in this transaction
     * so the coordinators of their courses' areas are told (the notification module finds the courses).
     */
    private void withdrawn(long id, StaffMemberWithdrawn.Change change, Instant now) {
        events.publishEvent(new StaffMemberWithdrawn(id, change, LocalDate.ofInstant(now, clock.getZone()), now));
    }

    /** Issue 11: the address notices are mailed to; blank clears it. Audited (without the address itself). */
    @Transactional
    public void changeEmail(long id, String email) {
        String address = checkEmail(email);
        AppUser user = get(id);
        user.changeEmail(address, Instant.now(clock));
        users.saveAndFlush(user);
        audit.record("USER_EMAIL_CHANGED", SUBJECT, id, address == null ? "cleared" : "set");
    }

    /** The address as stored (stripped; blank: none), or a refusal on the field {@code email}. */
    public String checkEmail(String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > MAX_EMAIL || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw Refusal.onField(Check.USER_ACCOUNT, "email", "user.email.invalid");
        }
        return address;
    }

    /**
     * Issue 14: the acting administrator, named in the security log beside the user acted on (the audit row
     * names them as its actor); "system" for start-up loaders that run without a signed-in user.
     */
    private String administrator() {
        return currentUsers.current().map(CurrentUser::getUsername).orElse("system");
    }

    /** DOMAIN §1: caseworkers and coordinators work in one unit of one area; the unit must lie in that area. */
    private void checkAssignment(Assignment assignment) {
        Refusal.throwIfAny(assignmentProblems(assignment));
    }

    private List<RuleViolation> assignmentProblems(Assignment assignment) {
        List<RuleViolation> problems = new ArrayList<>();
        if (assignment.displayName() == null || assignment.displayName().isBlank()) {
            problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "displayName", "user.displayName.required"));
        } else if (assignment.displayName().length() > MAX_DISPLAY_NAME) {
            problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "displayName", "user.displayName.tooLong", MAX_DISPLAY_NAME));
        }
        if (assignment.role() == null) {
            problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "role", "user.role.required"));
        } else if (assignment.role().belongsToArea()) {
            if (referenceData.area(assignment.areaId()).isEmpty()) {
                problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "areaId", "user.area.required"));
            } else {
                Unit unit = referenceData.unit(assignment.unitId()).orElse(null);
                if (unit == null) {
                    problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "unitId", "user.unit.required"));
                } else if (!unit.getAreaId().equals(assignment.areaId())) {
                    problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "unitId", "user.unit.otherArea"));
                }
            }
        } else if (assignment.certifiedAssessor()) {
            problems.add(RuleViolation.onField(Check.USER_ACCOUNT, "certifiedAssessor", "user.assessor.areaRoleOnly"));
        }
        return problems;
    }

    private static String describe(AppUser user) {
        return "rolle=" + user.getRole() + ", område=" + user.getAreaId() + ", enhed=" + user.getUnitId()
                + ", LS/RNR-certificeret=" + user.isCertifiedAssessor() + ", navn=" + user.getDisplayName();
    }
}

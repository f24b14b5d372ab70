package dk.kriminalforsorgen.mentorordning.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.reference.UnitType;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.shared.Check;
import dk.kriminalforsorgen.mentorordning.shared.Rule;
import dk.kriminalforsorgen.mentorordning.shared.RuleViolation;
import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

/**
 * The checks on a client's input (IN1): each returns every violation it finds, citing the rule (C1,
 * E1, E3, E5, E8) or the named check (CPR, INPUT). Also the custody placement's competent area (C1).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClientChecks {

    private final ClientRepository clients;
    private final CprProtector cprProtector;
    private final ReferenceData referenceData;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every rule the new client's input breaks; required fields are checked by the form. The client
     * belongs to the competent area (C1). An inmate of this area's prison or jail who will be supervised
     * by another area's probation office is registered here and handed over to that area at once (C2,
     * §10), once the user has confirmed the hand-over ({@code handOver}); any other client of another area
     * is registered by that area.
     */
    List<RuleViolation> checkNew(String cpr, CustodyPlacement placement, LocalDate statusSince, boolean handOver) {
        List<RuleViolation> violations = new ArrayList<>(checkCpr(cpr, "cpr", null));
        violations.addAll(checkPlacement(placement, statusSince, null));
        if (violations.stream().noneMatch(v -> "unitId".equals(v.field()) || "releaseUnitId".equals(v.field()))
                && placement.unitId() != null) {
            Long area = competentArea(placement);
            CurrentUser user = currentUsers.require();
            if (area != null && !user.is(Role.DIRECTORATE) && !area.equals(user.areaId())) {
                if (handOverFrom(placement, user.areaId())) {
                    if (!handOver) {
                        violations.add(RuleViolation.onField(Rule.C2, "releaseUnitId", "client.handover.confirm",
                                referenceData.areaName(area)));
                    }
                } else {
                    violations.add(RuleViolation.onField(Rule.C1, placement.status() == CustodyStatus.INMATE
                            && placement.releaseUnitId() != null ? "releaseUnitId" : "unitId", "client.unit.otherArea"));
                }
            }
        }
        return violations;
    }

    /** C2 (§10): an inmate placed in the given area who will be supervised by another area after release. */
    boolean handOverFrom(CustodyPlacement placement, Long areaId) {
        return placement.status() == CustodyStatus.INMATE && placement.releaseUnitId() != null
                && referenceData.unit(placement.unitId()).map(Unit::getAreaId).filter(a -> a.equals(areaId)).isPresent()
                && !areaId.equals(competentArea(placement));
    }

    /** IN2: DDMMYY-SSSS with a real date, and no other client with the number (DP1: by the keyed hash). */
    List<RuleViolation> checkCpr(String text, String field, Long clientId) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Cpr.Validation validation = Cpr.validate(text);
        if (!validation.valid()) {
            return List.of(RuleViolation.onField(Check.CPR, field,
                    validation.problem() == Cpr.Problem.DATE ? "client.cpr.invalidDate" : "client.cpr.format"));
        }
        String hash = cprProtector.lookupHash(validation.cpr());
        if (clientId == null ? clients.existsByCprHash(hash) : clients.existsByCprHashAndIdNot(hash, clientId)) {
            return List.of(RuleViolation.onField(Check.CPR, field, "client.cpr.duplicate"));
        }
        return List.of();
    }

    /**
     * The custody status with its unit and dates (DOMAIN §2): the unit fits the status, an inmate's
     * expected release is not in the past, end dates come after the start, the start is not in the
     * future, and a change does not start before the current status.
     */
    List<RuleViolation> checkPlacement(CustodyPlacement p, LocalDate since, LocalDate currentSince) {
        List<RuleViolation> violations = new ArrayList<>();
        LocalDate today = today();
        if (p.status() == null) {
            return violations;
        }
        if (p.unitId() != null) {
            Optional<Unit> unit = referenceData.unit(p.unitId());
            if (unit.isEmpty() || !p.status().acceptsUnit(unit.get().getType())) {
                violations.add(RuleViolation.onField(Rule.C1, "unitId",
                        p.status() == CustodyStatus.INMATE ? "client.unit.mustBeCustodial" : "client.unit.mustBeProbationOffice"));
            }
        } else {
            violations.add(RuleViolation.onField(Check.INPUT, "unitId", "client.unit.required"));
        }
        if (p.status() == CustodyStatus.INMATE && p.releaseUnitId() != null) {
            Optional<Unit> unit = referenceData.unit(p.releaseUnitId());
            if (unit.isEmpty() || unit.get().getType() != UnitType.PROBATION_OFFICE) {
                violations.add(RuleViolation.onField(Rule.C1, "releaseUnitId", "client.unit.mustBeProbationOffice"));
            }
        }
        if (since != null && since.isAfter(today)) {
            violations.add(RuleViolation.onField(Check.INPUT, "statusSince", "client.statusSince.future"));
        }
        if (since != null && currentSince != null && since.isBefore(currentSince)) {
            violations.add(RuleViolation.onField(Check.INPUT, "statusSince", "client.statusSince.beforeCurrent", currentSince));
        }
        switch (p.status()) {
            case INMATE -> {
                if (p.expectedReleaseDate() == null) {
                    violations.add(RuleViolation.onField(Rule.E5, "expectedReleaseDate", "client.expectedReleaseDate.required"));
                } else if (p.expectedReleaseDate().isBefore(today)) {
                    violations.add(RuleViolation.onField(Rule.E5, "expectedReleaseDate", "client.expectedReleaseDate.past"));
                } else if (since != null && !p.expectedReleaseDate().isAfter(since)) {
                    violations.add(RuleViolation.onField(Check.INPUT, "expectedReleaseDate", "client.dates.releaseBeforeStart"));
                }
            }
            case UNDER_SUPERVISION -> {
                if (p.supervisionEndDate() == null) {
                    violations.add(RuleViolation.onField(Rule.E8, "supervisionEndDate", "client.supervisionEndDate.required"));
                } else if (since != null && !p.supervisionEndDate().isAfter(since)) {
                    violations.add(RuleViolation.onField(Check.INPUT, "supervisionEndDate", "client.dates.endBeforeStart"));
                }
            }
            case VOLUNTARY_SUPERVISION, ELECTRONIC_MONITORING -> {
                if (p.supervisionEndDate() != null && since != null && !p.supervisionEndDate().isAfter(since)) {
                    violations.add(RuleViolation.onField(Check.INPUT, "supervisionEndDate", "client.dates.endBeforeStart"));
                }
            }
            case RELEASED_NO_SUPERVISION -> {
                // no dates besides the start
            }
        }
        return violations;
    }

    /** E1: only a certified assessor records an assessment, and not for a future date. */
    List<RuleViolation> checkAssessment(boolean certified, LocalDate assessedOn) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!certified) {
            violations.add(RuleViolation.general(Rule.E1, "client.assessment.notCertified"));
        }
        violations.addAll(notFuture(assessedOn, "assessedOn"));
        return violations;
    }

    /** E3: a recorded motivation has its date, which is not in the future. */
    List<RuleViolation> checkMotivation(Boolean motivated, LocalDate motivationDate) {
        List<RuleViolation> violations = new ArrayList<>();
        if (motivated != null && motivationDate == null) {
            violations.add(RuleViolation.onField(Rule.E3, "motivationDate", "client.motivationDate.required"));
        }
        violations.addAll(notFuture(motivationDate, "motivationDate"));
        return violations;
    }

    List<RuleViolation> notFuture(LocalDate date, String field) {
        return date != null && date.isAfter(today())
                ? List.of(RuleViolation.onField(Check.INPUT, field, "client.date.future")) : List.of();
    }

    /** Keeps only what belongs to the status, so a hidden field of another status is never stored. */
    static CustodyPlacement normalise(CustodyPlacement p) {
        return switch (p.status()) {
            case INMATE -> new CustodyPlacement(p.status(), p.unitId(), p.releaseUnitId(), p.expectedReleaseDate(), null);
            case UNDER_SUPERVISION, VOLUNTARY_SUPERVISION, ELECTRONIC_MONITORING ->
                    new CustodyPlacement(p.status(), p.unitId(), null, null, p.supervisionEndDate());
            case RELEASED_NO_SUPERVISION -> new CustodyPlacement(p.status(), p.unitId(), null, null, null);
        };
    }

    /**
     * C1: the competent area is where the client is supervised, or for an inmate where they will be
     * supervised after release when that is known (C2), else the area of the prison or jail.
     */
    Long competentArea(CustodyPlacement p) {
        Long unitId = p.status() == CustodyStatus.INMATE && p.releaseUnitId() != null ? p.releaseUnitId() : p.unitId();
        return referenceData.unit(unitId).map(Unit::getAreaId).orElse(null);
    }
}

package dk.kriminalforsorgen.mentorordning.client.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.CustodyStatus;
import dk.kriminalforsorgen.mentorordning.client.OfferAnswer;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;
import dk.kriminalforsorgen.mentorordning.reference.Area;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.reference.UnitType;
import dk.kriminalforsorgen.mentorordning.shared.Language;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/** The choices of the client forms and filters. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClientOptions {

    private final ReferenceData referenceData;

    List<Option> statuses() {
        return Arrays.stream(CustodyStatus.values()).map(s -> Option.ofKey(s.name(), s.messageKey())).toList();
    }

    List<Option> riskLevels() {
        return Arrays.stream(RiskLevel.values()).map(r -> Option.ofKey(r.name(), r.messageKey())).toList();
    }

    List<Option> sorts() {
        return Arrays.stream(dk.kriminalforsorgen.mentorordning.client.ClientSearch.Sort.values())
                .map(s -> Option.ofKey(s.parameter(), "clients.sort." + s.parameter())).toList();
    }

    List<Option> answers() {
        return Arrays.stream(OfferAnswer.values()).map(a -> Option.ofKey(a.name(), a.messageKey())).toList();
    }

    List<Option> languages() {
        return Arrays.stream(Language.values()).map(l -> Option.ofKey(l.name(), l.messageKey())).toList();
    }

    List<Option> yesNo() {
        return List.of(Option.ofKey("true", "form.yes"), Option.ofKey("false", "form.no"));
    }

    /** Units of the area (all areas when null), named with their area: "KiF Odense (Syddanmark)". */
    List<Option> units(Long areaId) {
        Map<Long, String> areas = referenceData.areas().stream().collect(Collectors.toMap(Area::getId, Area::getName));
        return referenceData.units().stream()
                .filter(u -> areaId == null || areaId.equals(u.getAreaId()))
                .map(u -> Option.ofText(u.getId(), u.getName() + " (" + areas.get(u.getAreaId()) + ")"))
                .toList();
    }

    /** The probation offices of all areas: where an inmate will be supervised after release (C1, C2). */
    List<Option> probationOffices() {
        Map<Long, String> areas = referenceData.areas().stream().collect(Collectors.toMap(Area::getId, Area::getName));
        return referenceData.units().stream()
                .filter(u -> u.getType() == UnitType.PROBATION_OFFICE)
                .map(u -> Option.ofText(u.getId(), u.getName() + " (" + areas.get(u.getAreaId()) + ")"))
                .toList();
    }

    Map<Long, Unit> unitsById() {
        return referenceData.units().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }
}

package dk.kriminalforsorgen.mentorordning.security.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.security.AccessChecker;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.shared.NotFoundException;

/**
 * "Mit område" for caseworkers and coordinators (DOMAIN §1): the units of the user's own area and
 * the active users there. A unit of another area answers 404 and is audited (AZ2).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MyAreaController {

    static final String SUBJECT_UNIT = "UNIT";

    private final AccessChecker accessChecker;
    private final ReferenceData referenceData;
    private final UserAdministration users;

    @GetMapping("/omraade")
    public String area(@RequestParam(defaultValue = "0") int side, Model model) {
        Long areaId = accessChecker.areaFilter();
        List<Unit> units = referenceData.unitsOf(areaId);
        model.addAttribute("units", units);
        model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(Unit::getId, Unit::getName)));
        model.addAttribute("staff", users.usersOfArea(areaId, side));
        model.addAttribute("baseUrl", "/omraade");
        return "area/area";
    }

    @GetMapping("/omraade/enheder/{id}")
    public String unit(@PathVariable long id, @RequestParam(defaultValue = "0") int side, Model model) {
        Unit unit = referenceData.unit(id).orElseThrow(() -> new NotFoundException("unit " + id));
        accessChecker.requireVisible(new UnitInArea(unit), SUBJECT_UNIT, id);
        model.addAttribute("unit", unit);
        model.addAttribute("staff", users.usersOfUnit(id, side));
        model.addAttribute("baseUrl", "/omraade/enheder/" + id);
        return "area/unit";
    }
}

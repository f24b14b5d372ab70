package dk.kriminalforsorgen.mentorordning.security.web;

import dk.kriminalforsorgen.mentorordning.reference.Unit;
import dk.kriminalforsorgen.mentorordning.security.AreaScoped;

/**
 * A unit seen through area scoping: reference data must not depend on security (no package
 * cycles), so the area page wraps the unit to pass it through {@code AccessChecker.requireVisible} (AZ2).
 */
record UnitInArea(Unit unit) implements AreaScoped {

    @Override
    public Long areaId() {
        return unit.getAreaId();
    }
}

package dk.kriminalforsorgen.mentorordning.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to areas and units. The tables are small and fixed, so lists are loaded whole and
 * sorted by name; callers never need a query per row.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final AreaRepository areas;
    private final UnitRepository units;

    ReferenceData(AreaRepository areas, UnitRepository units) {
        this.areas = areas;
        this.units = units;
    }

    public List<Area> areas() {
        return areas.findAll(Sort.by("name"));
    }

    public List<Unit> units() {
        return units.findAll(Sort.by("name"));
    }

    public List<Unit> unitsOf(Long areaId) {
        return units.findByAreaIdOrderByName(areaId);
    }

    /**
     * The area's name for the page header. The four areas never change while the application runs
     * (they come from a migration), so they are read once rather than on every page.
     */
    public String areaName(Long id) {
        Area area = areaNames().get(id);
        return area == null ? null : area.getName();
    }

    private volatile Map<Long, Area> areasById;

    private Map<Long, Area> areaNames() {
        Map<Long, Area> cached = areasById;
        if (cached == null) {
            cached = areas.findAll().stream().collect(Collectors.toUnmodifiableMap(Area::getId, Function.identity()));
            areasById = cached;
        }
        return cached;
    }

    public Optional<Area> area(Long id) {
        return id == null ? Optional.empty() : areas.findById(id);
    }

    public Optional<Unit> unit(Long id) {
        return id == null ? Optional.empty() : units.findById(id);
    }
}

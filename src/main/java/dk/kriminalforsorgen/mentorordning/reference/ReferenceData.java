package dk.kriminalforsorgen.mentorordning.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Read access to areas and units. The four areas and their units come from a migration and never
 * change while the application runs, so they are read from the database once, on first use, and
 * served from memory afterwards: no request pays a query for reference data (issue 10).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReferenceData {

    private static final Comparator<Unit> BY_UNIT_NAME = Comparator.comparing(Unit::getName);

    private final AreaRepository areaRepository;
    private final UnitRepository unitRepository;
    private final MunicipalityRepository municipalityRepository;
    private volatile Snapshot snapshot;
    private volatile List<Municipality> municipalities;

    /** Everything read once; immutable, so it is shared by every request without locking. */
    private record Snapshot(List<Area> areas, List<Unit> units, Map<Long, Area> areasById, Map<Long, Unit> unitsById,
                            Map<Long, List<Unit>> unitsByArea) {

        static Snapshot of(List<Area> areas, List<Unit> units) {
            List<Area> sortedAreas = areas.stream().sorted(Comparator.comparing(Area::getName)).toList();
            List<Unit> sortedUnits = units.stream().sorted(BY_UNIT_NAME).toList();
            return new Snapshot(sortedAreas, sortedUnits,
                    sortedAreas.stream().collect(Collectors.toUnmodifiableMap(Area::getId, Function.identity())),
                    sortedUnits.stream().collect(Collectors.toUnmodifiableMap(Unit::getId, Function.identity())),
                    sortedUnits.stream().collect(Collectors.groupingBy(Unit::getAreaId,
                            Collectors.collectingAndThen(Collectors.toList(), List::copyOf))));
        }
    }

    private Snapshot snapshot() {
        Snapshot cached = snapshot;
        if (cached == null) {
            // Two first requests at once may both read: harmless, the result is the same.
            cached = Snapshot.of(areaRepository.findAll(), unitRepository.findAll());
            snapshot = cached;
        }
        return cached;
    }

    public List<Area> areas() {
        return snapshot().areas();
    }

    public List<Unit> units() {
        return snapshot().units();
    }

    public List<Unit> unitsOf(Long areaId) {
        return areaId == null ? List.of() : snapshot().unitsByArea().getOrDefault(areaId, List.of());
    }

    /** The area's name for the page header. */
    public String areaName(Long id) {
        Area area = id == null ? null : snapshot().areasById().get(id);
        return area == null ? null : area.getName();
    }

    public Optional<Area> area(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(snapshot().areasById().get(id));
    }

    public Optional<Unit> unit(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(snapshot().unitsById().get(id));
    }

    /** The 98 municipalities by name (issue 17), read once like the areas. */
    public List<Municipality> municipalities() {
        List<Municipality> cached = municipalities;
        if (cached == null) {
            cached = municipalityRepository.findAll().stream().sorted(Comparator.comparing(Municipality::getName)).toList();
            municipalities = cached;
        }
        return cached;
    }

    public Optional<Municipality> municipality(Integer code) {
        return code == null ? Optional.empty()
                : municipalities().stream().filter(m -> m.getCode().equals(code)).findFirst();
    }
}

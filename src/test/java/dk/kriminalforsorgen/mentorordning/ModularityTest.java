package dk.kriminalforsorgen.mentorordning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith application modules: each exposes its base package (and
 * named interfaces) as its API and keeps its subpackages internal; no cycles. The module
 * documentation under {@code docs/modules} is written from the same model, so it cannot drift.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MentorordningApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        sortRelationships(Path.of("docs/modules"));
    }

    /**
     * The Documenter writes a diagram's relationships in the order of a hash set, which differs from run to run; sorted,
     * a diagram changes only when the modules do. Only runs of {@code Rel(...)} lines are sorted: their order has no
     * meaning in PlantUML, unlike the order of the declarations.
     */
    private static void sortRelationships(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> sorted = new ArrayList<>(lines.size());
                List<String> run = new ArrayList<>();
                for (String line : lines) {
                    if (line.startsWith("Rel(")) {
                        run.add(line);
                        continue;
                    }
                    Collections.sort(run);
                    sorted.addAll(run);
                    run.clear();
                    sorted.add(line);
                }
                Collections.sort(run);
                sorted.addAll(run);
                Files.write(file, sorted);
            }
        }
    }
}

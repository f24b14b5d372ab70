package dk.kriminalforsorgen.mentorordning;

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
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}

package dk.kriminalforsorgen.mentorordning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module boundaries (DESIGN §3): feature packages without cycles, web glue kept out of the domain,
 * controllers going through services, and time only from the injected clock.
 */
@AnalyzeClasses(packages = "dk.kriminalforsorgen.mentorordning", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> FEATURE_WEB = new DescribedPredicate<>("a feature's web package") {
        @Override
        public boolean test(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return pkg.startsWith("dk.kriminalforsorgen.mentorordning.") && pkg.contains(".web")
                    && !pkg.contains(".shared.web");
        }
    };

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices()
            .matching("dk.kriminalforsorgen.mentorordning.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainDoesNotDependOnFeatureWeb = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat(FEATURE_WEB)
            .because("controllers and form objects are the outer layer; rules live in the domain");

    @ArchTest
    static final ArchRule controllersDoNotUseRepositories = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .because("thin controllers call one service method, where rules, access checks and audit happen");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .because("rules take LocalDate today from the injected Clock so tests can set the date");
}

package dk.kriminalforsorgen.mentorordning.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import dk.kriminalforsorgen.mentorordning.shared.Rule;

/**
 * E1: the shipped warning age of an LS/RNR assessment is 12 months ({@code application.yml} is the one
 * place of the defaults; {@link ClientProperties} has none of its own). The boundary follows the
 * engine's convention: an assessment exactly 12 months old does not warn, one day older does.
 */
class AssessmentAgeDefaultTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    private static ClientProperties bind(List<PropertySource<?>> sources) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().forEach(s -> environment.getPropertySources().remove(s.getName()));
        sources.forEach(environment.getPropertySources()::addLast);
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("mentorordning.client", ClientProperties.class);
    }

    private static ClientProperties shipped() throws IOException {
        return bind(new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml")));
    }

    private static boolean warnsOnAssessmentFrom(ClientProperties properties, LocalDate assessedOn) {
        EligibilityFacts facts = new EligibilityFacts(CustodyStatus.UNDER_SUPERVISION, null, TODAY.plusYears(1), false,
                RiskLevel.HIGH, assessedOn, true, true, TODAY.minusWeeks(1), null, null);
        return new Eligibility(properties.assessmentMaxAge()).evaluate(facts, TODAY).warnings().stream()
                .anyMatch(w -> w.rule() == Rule.E1);
    }

    @Test
    void E1_shippedConfigurationWarnsAfterTwelveMonths() throws IOException {
        assertThat(shipped().assessmentMaxAge()).isEqualTo(Period.ofMonths(12));
    }

    @Test
    void E1_boundary_anAssessmentExactlyTwelveMonthsOldDoesNotWarn() throws IOException {
        assertThat(warnsOnAssessmentFrom(shipped(), TODAY.minusMonths(12))).isFalse();
    }

    @Test
    void E1_boundary_anAssessmentOneDayOlderThanTwelveMonthsWarns() throws IOException {
        assertThat(warnsOnAssessmentFrom(shipped(), TODAY.minusMonths(12).minusDays(1))).isTrue();
    }
}

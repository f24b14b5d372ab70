package dk.kriminalforsorgen.mentorordning.mentor;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.kriminalforsorgen.mentorordning.reference.Area;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;

/** Issue 17: resolves the configured area codes of the introduction requirement once, at start-up. */
@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

    @Bean
    IntroductionRequirement introductionRequirement(TrainingProperties properties, ReferenceData reference) {
        Set<Long> ids = properties.introductionRequiredAreas().stream()
                .map(code -> reference.areas().stream().filter(a -> a.getCode().equals(code)).findFirst()
                        .map(Area::getId)
                        .orElseThrow(() -> new IllegalStateException(
                                "mentorordning.training.introduction-required-areas: no area " + code)))
                .collect(Collectors.toSet());
        return new IntroductionRequirement(ids);
    }
}

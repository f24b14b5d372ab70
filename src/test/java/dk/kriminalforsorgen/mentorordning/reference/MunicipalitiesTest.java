package dk.kriminalforsorgen.mentorordning.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;

/** Issue 17: the 98 Danish municipalities with their official numbers, from the migration. */
@IntegrationTest
class MunicipalitiesTest {

    @Autowired
    ReferenceData reference;

    @Test
    void all98MunicipalitiesWithTheirOfficialNumbersAndRegions() {
        assertThat(reference.municipalities()).hasSize(98);
        Map<Integer, String> byCode = reference.municipalities().stream()
                .collect(Collectors.toMap(Municipality::getCode, Municipality::getName));
        assertThat(byCode).containsEntry(101, "København").containsEntry(147, "Frederiksberg")
                .containsEntry(400, "Bornholm").containsEntry(461, "Odense").containsEntry(751, "Aarhus")
                .containsEntry(851, "Aalborg").containsEntry(860, "Hjørring").doesNotContainKey(411); // Christiansø is none
        Map<String, Long> perRegion = reference.municipalities().stream()
                .collect(Collectors.groupingBy(Municipality::getRegion, Collectors.counting()));
        assertThat(perRegion).containsEntry("HOVEDSTADEN", 29L).containsEntry("SJAELLAND", 17L)
                .containsEntry("SYDDANMARK", 22L).containsEntry("MIDTJYLLAND", 19L).containsEntry("NORDJYLLAND", 11L);
        assertThat(reference.municipality(461)).map(Municipality::getName).contains("Odense");
        assertThat(reference.municipality(999)).isEmpty();
    }
}

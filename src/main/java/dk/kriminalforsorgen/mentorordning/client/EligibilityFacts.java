package dk.kriminalforsorgen.mentorordning.client;

import java.time.LocalDate;

/**
 * What the eligibility rules look at, taken from a client (or built directly in tests).
 *
 * @param status the current custody status
 * @param expectedReleaseDate for an inmate (E5)
 * @param supervisionEndDate for a client under supervision (E4, E8)
 * @param previouslyUnderSupervision whether the status before voluntary supervision was supervision (E8 rather than E7)
 * @param latestRisk the overall level of the latest LS/RNR assessment, or null when there is none (E1)
 * @param latestAssessmentDate the date of that assessment
 * @param specialNeedDocumented whether the special need for support is documented (E2)
 * @param motivated the recorded motivation, or null when not recorded (E3)
 * @param motivationDate when the motivation was recorded
 * @param latestOfferAnswer the answer to the latest mentor offer, or null when none was made (E9)
 * @param latestOfferDate when that offer was made
 */
public record EligibilityFacts(
        CustodyStatus status,
        LocalDate expectedReleaseDate,
        LocalDate supervisionEndDate,
        boolean previouslyUnderSupervision,
        RiskLevel latestRisk,
        LocalDate latestAssessmentDate,
        boolean specialNeedDocumented,
        Boolean motivated,
        LocalDate motivationDate,
        OfferAnswer latestOfferAnswer,
        LocalDate latestOfferDate) {
}

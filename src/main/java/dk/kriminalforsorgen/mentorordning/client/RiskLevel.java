package dk.kriminalforsorgen.mentorordning.client;

import dk.kriminalforsorgen.mentorordning.shared.Labelled;
/** The LS/RNR levels (DOMAIN §2), used for the overall risk and for each need area. */
public enum RiskLevel implements Labelled {
    VERY_LOW, LOW, MEDIUM, HIGH, VERY_HIGH;

    /** E1 (§2 nr. 1): the group "mellem, højt eller meget højt". */
    public boolean qualifiesForMentor() {
        return compareTo(MEDIUM) >= 0;
    }

    @Override
    public String messageKey() {
        return "riskLevel." + name();
    }
}

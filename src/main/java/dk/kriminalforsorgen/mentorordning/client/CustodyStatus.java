package dk.kriminalforsorgen.mentorordning.client;

import dk.kriminalforsorgen.mentorordning.shared.Labelled;
import dk.kriminalforsorgen.mentorordning.reference.UnitType;

/** Where the client stands in the sentence (DOMAIN §2); it decides which of E4, E5, E7 and E8 apply. */
public enum CustodyStatus implements Labelled {
    /** Indsat: placed in a prison, jail or halfway house, with an expected release date (§3). */
    INMATE,
    /** Undergivet tilsyn (prøveløsladt, betinget dømt …) at a probation office, with an end date (§2). */
    UNDER_SUPERVISION,
    /** Released at the end of the sentence (or after supervision ended) and under voluntary supervision (§4). */
    VOLUNTARY_SUPERVISION,
    /** Released at the end of the sentence without voluntary supervision: no mentor (§4 stk. 1 nr. 2). */
    RELEASED_NO_SUPERVISION,
    /** Serving with electronic monitoring (fodlænke): no action plan, so no mentor (§9, seed 004). */
    ELECTRONIC_MONITORING;

    @Override
    public String messageKey() {
        return "custodyStatus." + name();
    }

    /** The kind of unit the client is placed at or supervised by. */
    public boolean acceptsUnit(UnitType type) {
        return this == INMATE ? type.isCustodial() : type == UnitType.PROBATION_OFFICE;
    }
}

package dk.kriminalforsorgen.mentorordning.reference;

/** The kinds of units (DOMAIN §2). Rule M5 distinguishes probation offices from custodial units. */
public enum UnitType {
    PRISON,
    JAIL,
    HALFWAY_HOUSE,
    PROBATION_OFFICE;

    public boolean isCustodial() {
        return this != PROBATION_OFFICE;
    }

    public String messageKey() {
        return "unitType." + name();
    }
}

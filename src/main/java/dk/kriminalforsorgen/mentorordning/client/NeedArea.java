package dk.kriminalforsorgen.mentorordning.client;

import dk.kriminalforsorgen.mentorordning.shared.Labelled;
/** The LS/RNR "central eight" need areas (DOMAIN §2), used for goals and for matching mentors. */
public enum NeedArea implements Labelled {
    CRIMINAL_HISTORY("needCriminalHistory"),
    EDUCATION_EMPLOYMENT("needEducationEmployment"),
    FAMILY_MARITAL("needFamilyMarital"),
    LEISURE_RECREATION("needLeisureRecreation"),
    COMPANIONS("needCompanions"),
    ALCOHOL_DRUG("needAlcoholDrug"),
    PROCRIMINAL_ATTITUDE("needProcriminalAttitude"),
    ANTISOCIAL_PATTERN("needAntisocialPattern");

    private final String formField;

    NeedArea(String formField) {
        this.formField = formField;
    }

    /** The property of the assessment form that holds this area's level. */
    public String formField() {
        return formField;
    }

    @Override
    public String messageKey() {
        return "needArea." + name();
    }
}

package dk.kriminalforsorgen.mentorordning.actionplan;

import dk.kriminalforsorgen.mentorordning.shared.Labelled;

/**
 * Issue 17: the municipality's own plan that the action plan builds on, so nothing is started twice (news
 * 2020, "Ud af kriminalitet"). {@link #NONE}: the action plan builds on no municipal plan.
 */
public enum MunicipalPlanKind implements Labelled {
    NONE,
    /** Jobplan (beskæftigelsesindsats). */
    JOB_PLAN,
    /** Handleplan efter serviceloven §140. */
    SERVICE_ACT_140,
    /** Uddannelsesplan. */
    EDUCATION_PLAN,
    /** Another municipal plan, named in the free text. */
    OTHER;

    @Override
    public String messageKey() {
        return "municipalPlan." + name();
    }
}

package dk.kriminalforsorgen.mentorordning.client.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.client.RiskLevel;

/** An LS/RNR assessment: date, overall risk level and the level of each of the eight need areas (E1). */
public class AssessmentForm {

    @NotNull
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate assessedOn;

    @NotNull
    private RiskLevel riskLevel;

    @NotNull private RiskLevel needCriminalHistory;
    @NotNull private RiskLevel needEducationEmployment;
    @NotNull private RiskLevel needFamilyMarital;
    @NotNull private RiskLevel needLeisureRecreation;
    @NotNull private RiskLevel needCompanions;
    @NotNull private RiskLevel needAlcoholDrug;
    @NotNull private RiskLevel needProcriminalAttitude;
    @NotNull private RiskLevel needAntisocialPattern;

    Map<NeedArea, RiskLevel> needs() {
        Map<NeedArea, RiskLevel> needs = new EnumMap<>(NeedArea.class);
        needs.put(NeedArea.CRIMINAL_HISTORY, needCriminalHistory);
        needs.put(NeedArea.EDUCATION_EMPLOYMENT, needEducationEmployment);
        needs.put(NeedArea.FAMILY_MARITAL, needFamilyMarital);
        needs.put(NeedArea.LEISURE_RECREATION, needLeisureRecreation);
        needs.put(NeedArea.COMPANIONS, needCompanions);
        needs.put(NeedArea.ALCOHOL_DRUG, needAlcoholDrug);
        needs.put(NeedArea.PROCRIMINAL_ATTITUDE, needProcriminalAttitude);
        needs.put(NeedArea.ANTISOCIAL_PATTERN, needAntisocialPattern);
        return needs;
    }

    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public void setRiskLevel(RiskLevel riskLevel) { this.riskLevel = riskLevel; }
    public RiskLevel getNeedCriminalHistory() { return needCriminalHistory; }
    public void setNeedCriminalHistory(RiskLevel v) { this.needCriminalHistory = v; }
    public RiskLevel getNeedEducationEmployment() { return needEducationEmployment; }
    public void setNeedEducationEmployment(RiskLevel v) { this.needEducationEmployment = v; }
    public RiskLevel getNeedFamilyMarital() { return needFamilyMarital; }
    public void setNeedFamilyMarital(RiskLevel v) { this.needFamilyMarital = v; }
    public RiskLevel getNeedLeisureRecreation() { return needLeisureRecreation; }
    public void setNeedLeisureRecreation(RiskLevel v) { this.needLeisureRecreation = v; }
    public RiskLevel getNeedCompanions() { return needCompanions; }
    public void setNeedCompanions(RiskLevel v) { this.needCompanions = v; }
    public RiskLevel getNeedAlcoholDrug() { return needAlcoholDrug; }
    public void setNeedAlcoholDrug(RiskLevel v) { this.needAlcoholDrug = v; }
    public RiskLevel getNeedProcriminalAttitude() { return needProcriminalAttitude; }
    public void setNeedProcriminalAttitude(RiskLevel v) { this.needProcriminalAttitude = v; }
    public RiskLevel getNeedAntisocialPattern() { return needAntisocialPattern; }
    public void setNeedAntisocialPattern(RiskLevel v) { this.needAntisocialPattern = v; }
}

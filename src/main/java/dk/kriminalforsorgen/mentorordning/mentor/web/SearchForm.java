package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.springframework.web.util.UriComponentsBuilder;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.mentor.MentorStatus;
import dk.kriminalforsorgen.mentorordning.mentor.RegistrySearch.Criteria;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;

/** The registry search's criteria, bound from the query string. */
public class SearchForm {

    @Size(max = 100)
    private String name;
    private MentorStatus status;
    private Long areaId;
    private NeedArea needArea;
    private TaskGroup taskGroup;
    @Size(max = 8)
    private String language;
    @DecimalMin("0")
    @DecimalMax("99")
    private BigDecimal minFreeHours;
    private boolean expiringSoon;

    public Criteria toCriteria(int page) {
        return new Criteria(name, status, areaId, needArea, taskGroup, language, minFreeHours, expiringSoon, page);
    }

    /** Issue 12: the search as a spreadsheet, with the same criteria. */
    public String exportUrl() {
        return baseUrl().replaceFirst("^/mentorer", "/mentorer/eksport.csv");
    }

    /** The search's own URL without the page, for the pager. */
    public String baseUrl() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/mentorer");
        if (name != null) b.queryParam("name", name);
        if (status != null) b.queryParam("status", status);
        if (areaId != null) b.queryParam("areaId", areaId);
        if (needArea != null) b.queryParam("needArea", needArea);
        if (taskGroup != null) b.queryParam("taskGroup", taskGroup);
        if (language != null) b.queryParam("language", language);
        if (minFreeHours != null) b.queryParam("minFreeHours", minFreeHours.toPlainString());
        if (expiringSoon) b.queryParam("expiringSoon", true);
        return b.encode().build().toUriString();
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public MentorStatus getStatus() { return status; }
    public void setStatus(MentorStatus v) { status = v; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long v) { areaId = v; }
    public NeedArea getNeedArea() { return needArea; }
    public void setNeedArea(NeedArea v) { needArea = v; }
    public TaskGroup getTaskGroup() { return taskGroup; }
    public void setTaskGroup(TaskGroup v) { taskGroup = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public BigDecimal getMinFreeHours() { return minFreeHours; }
    public void setMinFreeHours(BigDecimal v) { minFreeHours = v; }
    public boolean isExpiringSoon() { return expiringSoon; }
    public void setExpiringSoon(boolean v) { expiringSoon = v; }
}

package dk.kriminalforsorgen.mentorordning.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import dk.kriminalforsorgen.mentorordning.audit.AuditSearch.Criteria;

/** The filters of the audit log search; all optional. Dates are whole days in Danish time, both included. */
public class AuditSearchForm {

    private String username;
    private String action;
    private String subjectType;
    private String subjectId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    Criteria criteria() {
        return new Criteria(username, action, subjectType, subjectId, from, to);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

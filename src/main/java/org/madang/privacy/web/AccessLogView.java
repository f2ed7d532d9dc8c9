package org.madang.privacy.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Formats;
import org.madang.platform.faces.Messages;
import org.madang.privacy.application.AccessLogLine;
import org.madang.privacy.application.AccessLogQuery;
import org.madang.platform.persistence.ResultPage;
import org.madang.privacy.domain.AccessLogFilter;
import org.madang.platform.integrity.ChainReport;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * /audit/access-log.xhtml: the personal-data access log for auditors, newest first. Filter and page
 * are view parameters, so a search is a bookmarkable GET and every POST redirects back to one.
 */
@Named
@ViewScoped
public class AccessLogView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    private static final String SELF = "access-log?faces-redirect=true&includeViewParams=true";

    @Inject
    AccessLogQuery query;
    @Inject
    Formats formats;

    private Long subject;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private Integer page;
    private ResultPage<AccessLogLine> result;
    private AccessLogQuery.ChainHead head;

    /** f:viewAction: the chain head, and the page of entries asked for. */
    public void load() {
        head = query.head(); // first: a filter refused below still leaves the page its chain head
        AccessLogFilter filter = new AccessLogFilter(subject, actor, startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
        int p = page == null || page < 1 ? 1 : page;
        result = query.search(filter, (p - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** The filter form: back to page 1 of the new selection, by redirect. */
    public String search() {
        page = null;
        return SELF;
    }

    public String verifyChain() {
        ChainReport report = query.verifyChain();
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        if (report.intact()) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, "privacy.verify.intact", report.checked());
        } else {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "privacy.verify.broken", report.firstBrokenSequence(),
                    Messages.format("privacy.verify.problem." + report.problem()), report.checked());
        }
        return SELF;
    }

    /** The purpose in the viewer's language; the key itself if no bundle names it yet. */
    public String purpose(String key) {
        return Messages.format(key);
    }

    /** A day as the portal's time zone sees it (Asia/Seoul by default), not UTC's. */
    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(formats.zoneId()).toInstant();
    }

    /** Where the chain ends now, to compare with the verifier's report on an export. */
    public AccessLogQuery.ChainHead getHead() {
        return head;
    }

    public ResultPage<AccessLogLine> getResult() {
        return result;
    }

    public Long getSubject() {
        return subject;
    }

    public void setSubject(Long subject) {
        this.subject = subject;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
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

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}

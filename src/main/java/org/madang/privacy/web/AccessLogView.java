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
import org.madang.platform.persistence.KeysetPage;
import org.madang.platform.web.Cursor;
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
    /** Where the page starts: "before-N" (older than entry N), "after-N" (newer), else the newest. */
    private String cursor;
    private KeysetPage<AccessLogLine> result;
    private AccessLogQuery.ChainHead head;

    /** f:viewAction: the chain head, and the page of entries asked for. */
    public void load() {
        head = query.head(); // first: a filter refused below still leaves the page its chain head
        AccessLogFilter filter = new AccessLogFilter(subject, actor, startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
        result = query.browse(filter, Cursor.before(cursor), Cursor.after(cursor), PAGE_SIZE);
    }

    /** The filter form: back to the newest entries of the new selection, by redirect. */
    public String search() {
        cursor = null;
        return SELF;
    }

    /** The cursor of the "newer" link: after the first entry shown. */
    public String getNewerCursor() {
        return result == null || result.items().isEmpty() ? null : Cursor.after(result.items().get(0).sequence());
    }

    /** The cursor of the "older" link: before the last entry shown. */
    public String getOlderCursor() {
        return result == null || result.items().isEmpty() ? null
                : Cursor.before(result.items().get(result.items().size() - 1).sequence());
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

    public KeysetPage<AccessLogLine> getResult() {
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

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}

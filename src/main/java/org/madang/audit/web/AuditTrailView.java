package org.madang.audit.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.audit.application.AuditEntry;
import org.madang.audit.application.AuditTrailQuery;
import org.madang.platform.persistence.KeysetPage;
import org.madang.platform.web.Cursor;
import org.madang.audit.domain.AuditFilter;
import org.madang.platform.integrity.ChainReport;
import org.madang.audit.domain.OutcomeKind;
import org.madang.platform.faces.Formats;
import org.madang.platform.faces.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * /audit/index.xhtml: the audit trail, newest first. The filter and the page live in the address
 * (view parameters), so a search is a bookmarkable GET and every POST redirects back to one.
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    private static final String SELF = "index?faces-redirect=true&includeViewParams=true";

    @Inject
    AuditTrailQuery query;
    @Inject
    Formats formats;

    private String actor;
    private String action;
    private String target;
    private OutcomeKind outcome;
    private LocalDate from;
    private LocalDate to;
    /** Where the page starts: "before-N" (older than record N), "after-N" (newer), else the newest. */
    private String cursor;
    private KeysetPage<AuditEntry> result;

    /** f:viewAction: one service call for the page asked for. */
    public void load() {
        result = query.browse(filter(), Cursor.before(cursor), Cursor.after(cursor), PAGE_SIZE);
    }

    /** The filter form: back to the newest records of the new selection, by redirect. */
    public String search() {
        cursor = null;
        return SELF;
    }

    public String verifyChain() {
        ChainReport report = query.verifyChain();
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        if (report.intact()) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, "audit.verify.intact", report.checked());
        } else {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "audit.verify.broken", report.firstBrokenSequence(),
                    Messages.format("audit.verify.problem." + report.problem()), report.checked());
        }
        return SELF;
    }

    private AuditFilter filter() {
        return new AuditFilter(actor, action, target, outcome, startOf(from), to == null ? null : startOf(to.plusDays(1)));
    }

    /** A day as the portal's time zone sees it (Asia/Seoul by default), not UTC's. */
    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(formats.zoneId()).toInstant();
    }

    public OutcomeKind[] getOutcomes() {
        return OutcomeKind.values();
    }

    public KeysetPage<AuditEntry> getResult() {
        return result;
    }

    /** The cursor of the "newer" link: after the first record shown. */
    public String getNewerCursor() {
        return result == null || result.items().isEmpty() ? null : Cursor.after(result.items().get(0).sequence());
    }

    /** The cursor of the "older" link: before the last record shown. */
    public String getOlderCursor() {
        return result == null || result.items().isEmpty() ? null
                : Cursor.before(result.items().get(result.items().size() - 1).sequence());
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public OutcomeKind getOutcome() {
        return outcome;
    }

    public void setOutcome(OutcomeKind outcome) {
        this.outcome = outcome;
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

package org.madang.privacy.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Formats;
import org.madang.privacy.application.MyPrivacy;
import org.madang.privacy.application.PrivacyViews;
import org.madang.platform.persistence.ResultPage;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * /my/privacy/: who read my data. Filter and page are view parameters, so a filter is a
 * bookmarkable GET and every POST redirects back to one.
 */
@Named
@ViewScoped
public class MyPrivacyView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final String SELF = "index?faces-redirect=true&includeViewParams=true";

    @Inject
    MyPrivacy myPrivacy;
    @Inject
    Formats formats;

    private LocalDate from;
    private LocalDate to;
    private String agency;
    private Integer page;
    private ResultPage<PrivacyViews.AccessView> result;
    private List<RepeatedReads.Line> lines = List.of();
    private List<PrivacyViews.AgencyOption> agencies;
    private long withheld;
    private boolean alerts;

    /** f:viewAction: the page asked for, the agencies for the filter, the withheld count, the alert setting. */
    public void load() {
        // the filter's choices and the counts first: a refused filter below still leaves the page usable
        agencies = myPrivacy.agenciesThatReadMyData();
        withheld = myPrivacy.embargoedCount();
        alerts = myPrivacy.alertsOn();
        int p = page == null || page < 1 ? 1 : page;
        result = myPrivacy.whoReadMyData(startOf(from), to == null ? null : startOf(to.plusDays(1)), agency,
                (p - 1) * PAGE_SIZE, PAGE_SIZE);
        lines = RepeatedReads.fold(result.items(), formats.zoneId());
    }

    /** The page's reads, a day's repeated reads of one case by one officer folded into one line. */
    public List<RepeatedReads.Line> getLines() {
        return lines;
    }

    public String search() {
        page = null;
        return SELF;
    }

    public void saveAlerts() throws IOException {
        myPrivacy.alertOnRead(alerts);
        Redirects.to("/my/privacy/", alerts ? "privacy.alerts.on" : "privacy.alerts.off");
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(formats.zoneId()).toInstant();
    }

    public ResultPage<PrivacyViews.AccessView> getResult() {
        return result;
    }

    public List<PrivacyViews.AgencyOption> getAgencies() {
        return agencies;
    }

    public long getWithheld() {
        return withheld;
    }

    public boolean isAlerts() {
        return alerts;
    }

    public void setAlerts(boolean alerts) {
        this.alerts = alerts;
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

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}

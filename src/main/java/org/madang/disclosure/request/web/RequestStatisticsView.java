package org.madang.disclosure.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.request.application.PublicRequestLog;
import org.madang.disclosure.request.application.PublicRequestLog.Column;
import org.madang.disclosure.request.application.PublicViews.AgencyStatistics;

import java.util.Arrays;
import java.util.List;

/** /open/requests/statistics.xhtml?sort=…&amp;dir=…: the league table of agencies, sortable by each column. */
@Named
@RequestScoped
public class RequestStatisticsView {
    @Inject
    PublicRequestLog log;

    private String sort;
    private String dir;
    private List<AgencyStatistics> rows = List.of();

    public void load() {
        rows = log.statistics(column(), descending());
    }

    public Column column() {
        return Arrays.stream(Column.values()).filter(c -> c.name().equals(sort)).findFirst().orElse(Column.REQUESTS);
    }

    public boolean descending() {
        return dir == null ? column() != Column.AGENCY : !"asc".equals(dir);
    }

    /** The link of a column's heading: sorts by it, or reverses it when it is the current order. */
    public String sortLink(String c) {
        boolean current = column().name().equals(c);
        String next = current ? (descending() ? "asc" : "desc") : ("AGENCY".equals(c) ? "asc" : "desc");
        return "?sort=" + c + "&dir=" + next;
    }

    /** aria-sort of a heading: ascending, descending or none. */
    public String ariaSort(String c) {
        return column().name().equals(c) ? (descending() ? "descending" : "ascending") : "none";
    }

    public List<AgencyStatistics> getRows() { return rows; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getDir() { return dir; }
    public void setDir(String dir) { this.dir = dir; }
}

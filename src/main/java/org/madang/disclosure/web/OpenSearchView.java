package org.madang.disclosure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.disclosure.application.OpenCatalogue;
import org.madang.disclosure.application.OpenViews.SearchPage;
import org.madang.disclosure.application.OrganisationNames.Name;
import org.madang.disclosure.application.SearchRequests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /open/ and /open/agency.xhtml: one search box over everything published, facets as links that
 * add or remove a filter, relevance or date order, pages of 20. Stateless GET pages: the address
 * is the whole state, so a search can be bookmarked and shared.
 */
@Named
@RequestScoped
public class OpenSearchView {
    static final int PAGE_SIZE = 20;
    static final List<String> FILTERS = List.of("agency", "category", "type", "format", "year");

    @Inject
    OpenCatalogue catalogue;

    private final Map<String, List<String>> params = new LinkedHashMap<>();
    private String q;
    private String sort;
    private int page = 1;
    private Name agency;
    private SearchPage results;
    private List<Name> agencies = List.of();

    /** The search page. A bad parameter becomes a message on the page (MadangExceptionHandler). */
    public void load() {
        read();
        agencies = catalogue.agencies();
        results = search();
    }

    /** An agency's page: its publications, newest first unless searched. 404 for an unknown agency. */
    public void loadAgency() throws java.io.IOException {
        read();
        String code = first("code");
        try {
            agency = code == null ? null : catalogue.agency(code);
        } catch (org.madang.platform.error.NotFound e) {
            agency = null;
        }
        if (agency == null) {
            org.madang.platform.faces.Redirects.notFound();
            return;
        }
        params.put("agency", List.of(agency.code()));
        results = search();
    }

    private SearchPage search() {
        return catalogue.search(new SearchRequests.Raw(q, params.get("agency"), params.get("category"),
                params.get("type"), params.get("format"), params.get("year"), sort, (page - 1) * PAGE_SIZE, PAGE_SIZE,
                null));
    }

    private void read() {
        Map<String, String[]> raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        for (String f : FILTERS) {
            String[] v = raw.get(f);
            params.put(f, v == null ? List.of() : Arrays.stream(v).filter(s -> s != null && !s.isBlank()).toList());
        }
        q = first("q");
        sort = first("sort");
        String p = first("page");
        try {
            page = p == null ? 1 : Math.max(1, Math.min(500, Integer.parseInt(p)));
        } catch (NumberFormatException e) {
            page = 1;
        }
    }

    private static String first(String name) {
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** The address of this search with one filter value added, or removed if it was there (back to page 1). */
    public String toggle(String filter, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        List<String> values = new ArrayList<>(next.getOrDefault(filter, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(filter, values);
        return query(next, sort, 1);
    }

    public boolean isSelected(String filter, String value) {
        return params.getOrDefault(filter, List.of()).contains(value);
    }

    public String sortBy(String order) {
        return query(params, order, 1);
    }

    public String pageLink(int n) {
        return query(params, sort, n);
    }

    private String query(Map<String, List<String>> filters, String order, int n) {
        StringBuilder b = new StringBuilder("?");
        if (agency != null) {
            append(b, "code", agency.code());
        }
        if (q != null) {
            append(b, "q", q);
        }
        filters.forEach((k, vs) -> {
            if (!(agency != null && k.equals("agency"))) {
                vs.forEach(v -> append(b, k, v));
            }
        });
        if (order != null) {
            append(b, "sort", order);
        }
        if (n > 1) {
            append(b, "page", String.valueOf(n));
        }
        return b.length() == 1 ? "?" : b.substring(0, b.length() - 1);
    }

    private static void append(StringBuilder b, String k, String v) {
        b.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
    }

    public SearchPage getResults() {
        return results;
    }

    public List<Name> getAgencies() {
        return agencies;
    }

    public Name getAgency() {
        return agency;
    }

    public String getQ() {
        return q;
    }

    public String getSort() {
        return sort == null ? (q == null ? "date" : "relevance") : sort;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasNext() {
        return results != null && results.total() > (long) page * PAGE_SIZE;
    }

    public boolean isFiltered() {
        return params.values().stream().anyMatch(v -> !v.isEmpty()) && agency == null;
    }

    public long getFirst() {
        return (long) (page - 1) * PAGE_SIZE + 1;
    }
}

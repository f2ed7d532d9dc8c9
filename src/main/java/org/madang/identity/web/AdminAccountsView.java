package org.madang.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.Views;
import org.madang.platform.security.Roles;

import java.io.Serializable;
import java.util.List;

/** Finding accounts (a GET form, so a search can be bookmarked and shared among administrators). */
@Named
@ViewScoped
public class AdminAccountsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration admin;

    private String q;
    private String role;
    private List<Views.AccountSummary> results;

    public void load() {
        boolean asked = (q != null && !q.isBlank()) || (role != null && !role.isBlank());
        results = asked ? admin.search(q, role) : List.of();
    }

    public boolean isSearched() {
        return (q != null && !q.isBlank()) || (role != null && !role.isBlank());
    }

    public List<String> getRoles() {
        return Roles.ALL;
    }

    public List<Views.AccountSummary> getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String v) {
        q = v;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String v) {
        role = v;
    }
}

package org.madang.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.ApiTokens;
import org.madang.identity.application.ApiTokens.TokenView;
import org.madang.identity.domain.ApiToken;
import org.madang.platform.faces.Redirects;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller's API tokens (/my/tokens.xhtml): issue one (scopes, days), see them, revoke. A citizen
 * may let a token file disclosure requests and read statuses; a representative also file for a business.
 * A new token is shown once on the page that issued it, not after a redirect: the secret must not
 * travel through an address or a flash scope.
 */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiTokens tokens;
    @Inject
    transient CurrentUser currentUser;

    private List<TokenView> mine = List.of();
    private String name;
    private List<String> allScopes = List.of();
    private List<String> scopes = new ArrayList<>();
    private int days = 30;
    private String issued;

    public void load() {
        if (!isAvailable()) {
            return;
        }
        mine = tokens.mine();
        allScopes = List.copyOf(new TreeSet<>(tokens.availableScopes()));
        if (scopes.isEmpty()) {
            scopes = new ArrayList<>(currentUser.hasRole(Roles.BUSINESS_REPRESENTATIVE)
                    ? List.of(ApiToken.FILE_BUNDLES, ApiToken.READ_STATUS) : List.of(ApiToken.FILE_DISCLOSURE_REQUESTS));
        }
    }

    public void issue() {
        issued = tokens.issue(name, Set.copyOf(scopes), days).token();
        name = null;
        mine = tokens.mine();
    }

    public void revoke(long id) throws IOException {
        tokens.revoke(id);
        Redirects.to("/my/tokens.xhtml", "identity.apiToken.revoked");
    }

    public boolean isAvailable() {
        return currentUser.hasRole(Roles.CITIZEN) || currentUser.hasRole(Roles.BUSINESS_REPRESENTATIVE);
    }

    public List<String> getAllScopes() {
        return allScopes;
    }

    public List<TokenView> getMine() { return mine; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public String getIssued() { return issued; }
}

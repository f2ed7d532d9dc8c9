package org.madang.privacy.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.faces.Messages;
import org.madang.privacy.application.AccountDeletion;

import java.io.IOException;
import java.io.Serializable;

/**
 * /my/privacy/delete.xhtml: what deleting my account removes and what the law keeps, then deletion
 * confirmed with my password; afterwards I am signed out and see the home page.
 */
@Named
@ViewScoped
public class AccountDeletionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountDeletion deletion;

    private String refusal;
    private String password;
    private boolean understood;

    public void load() {
        refusal = deletion.refusal().orElse(null);
    }

    public void delete() throws IOException, ServletException {
        if (!understood) {
            throw new InvalidInput("privacy.deletion.confirmRequired").onField("understood");
        }
        deletion.deleteMyAccount(password);
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        // a new session carries the flash message to the home page
        ec.getSession(true);
        Messages.flash("privacy.deletion.done");
        ec.redirect(ec.getRequestContextPath() + "/");
        fc.responseComplete();
    }

    /** Why this account cannot be deleted by its owner (a messages key), or null. */
    public String getRefusal() {
        return refusal;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}

package org.madang.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.AccountSelfService;
import org.madang.platform.faces.Messages;
import org.madang.platform.security.CurrentUser;

import java.io.IOException;
import java.util.List;

/** Changing one's own password. */
@Named
@RequestScoped
public class PasswordChangeView {
    @Inject
    AccountSelfService self;
    @Inject
    AccountRegistration registration;
    @Inject
    FacesContext faces;
    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() throws IOException {
        int epoch = self.changePassword(currentPassword, newPassword, confirmation);
        ExternalContext ec = faces.getExternalContext();
        // this session carries on under the new epoch, with a new id; every other one ends
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        req.changeSessionId();
        SessionMark.put(req.getSession(), currentUser.accountId(), epoch);
        Messages.flash("account.password.changed");
        ec.redirect(ec.getRequestContextPath() + "/my/");
    }

    public List<String> getRules() {
        return registration.passwordRules();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String v) {
        currentPassword = v;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String v) {
        newPassword = v;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String v) {
        confirmation = v;
    }
}

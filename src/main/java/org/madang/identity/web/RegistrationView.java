package org.madang.identity.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.AccountRegistration;
import org.madang.identity.application.RegistrationForm;
import org.madang.identity.domain.Region;
import org.madang.platform.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The registration form. The password rules are on the page before anyone submits. */
@Named
@ViewScoped
public class RegistrationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountRegistration registration;
    @Inject
    FacesContext faces;

    private final RegistrationForm form = new RegistrationForm();
    private List<String> passwordRules;

    public void load() {
        passwordRules = registration.passwordRules();
        if (form.getLanguage() == null) {
            form.setLanguage(Messages.currentLocale().getLanguage());
        }
    }

    public void register() throws IOException {
        form.setLanguage(Messages.currentLocale().getLanguage());
        registration.register(form);
        ExternalContext ec = faces.getExternalContext();
        Messages.flash("account.register.done");
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
    }

    public RegistrationForm getForm() {
        return form;
    }

    public List<String> getPasswordRules() {
        return passwordRules;
    }

    public Region[] getRegions() {
        return Region.values();
    }
}

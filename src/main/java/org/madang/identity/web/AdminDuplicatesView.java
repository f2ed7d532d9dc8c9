package org.madang.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.Views;

import java.util.List;

/** The verified accounts found sharing one resident identity, for an administrator to resolve. */
@Named
@RequestScoped
public class AdminDuplicatesView {
    @Inject
    AccountAdministration admin;

    private List<Views.DuplicateAccount> duplicates;

    public void load() {
        duplicates = admin.duplicateVerifications();
    }

    public List<Views.DuplicateAccount> getDuplicates() {
        return duplicates;
    }
}

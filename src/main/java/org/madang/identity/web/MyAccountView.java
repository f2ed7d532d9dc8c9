package org.madang.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.AccountSelfService;
import org.madang.identity.application.Views;

import java.io.Serializable;

/** "My Madang": the caller's own account. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountSelfService self;

    private Views.AccountDetails account;
    private boolean identityToConfirm;

    public void load() {
        account = self.myAccount();
        identityToConfirm = self.myIdentityToConfirm();
    }

    public boolean isIdentityToConfirm() {
        return identityToConfirm;
    }

    public Views.AccountDetails getAccount() {
        return account;
    }
}

package org.madang.identity.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Who the identity store accepted during this request. The container only shows the new caller
 * to EJBs from the next request on, so the sign-in page reads the language preference from here.
 */
@RequestScoped
public class SignInOutcome {
    private Views.SignedIn signedIn;

    public void accepted(Views.SignedIn s) {
        this.signedIn = s;
    }

    public Optional<Views.SignedIn> signedIn() {
        return Optional.ofNullable(signedIn);
    }
}

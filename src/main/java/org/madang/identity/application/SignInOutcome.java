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
    private java.time.Instant throttledUntil;
    private String languageChosenBefore;

    /** The language the visitor had picked (language switch) when they asked to sign in. */
    public void languageChosenBefore(String language) {
        this.languageChosenBefore = language;
    }

    public Optional<String> languageChosenBefore() {
        return Optional.ofNullable(languageChosenBefore);
    }

    public void accepted(Views.SignedIn s) {
        this.signedIn = s;
    }

    public Optional<Views.SignedIn> signedIn() {
        return Optional.ofNullable(signedIn);
    }

    /** The source address failed too often lately: no sign-in from it before {@code until}. */
    public void throttled(java.time.Instant until) {
        this.throttledUntil = until;
    }

    public Optional<java.time.Instant> throttledUntil() {
        return Optional.ofNullable(throttledUntil);
    }
}

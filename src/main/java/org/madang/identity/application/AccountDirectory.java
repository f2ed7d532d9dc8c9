package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.domain.Account;
import org.madang.identity.infrastructure.AccountRepository;

import java.util.Optional;

/**
 * How the portal itself reaches a person: the address, name and language that the notification
 * context needs to write to them, and nothing else.
 *
 * <p>{@code @PermitAll} because the callers are the system, not a person: a notice is delivered in
 * whatever request caused it (a citizen's, an officer's, a timer's, start-up's). This bean has no web
 * or API face; a page or REST resource must never call it. Its results are deliberately not
 * {@code PersonalData}: they never leave the server towards a viewer, so there is no read by
 * someone else to log, and typing them as personal data would make every notice fill the
 * access log with reads that nobody made.
 */
@Stateless
@PermitAll
public class AccountDirectory {
    @Inject
    AccountRepository accounts;

    /** Where and how to write to an account holder; NotFound if there is no such account. */
    public Contact contact(long accountId) {
        Account a = accounts.getAccount(accountId);
        return new Contact(a.getId(), a.getEmail(), a.getName(), a.getLanguage());
    }

    /** The account registered with this e-mail, for system work such as the demo inbox. */
    public Optional<Long> accountIdOf(String email) {
        return accounts.findByEmail(email).map(Account::getId);
    }

    /** The address, name and preferred language ("ko" or "en") of one account. */
    public record Contact(long accountId, String email, String name, String language) {
    }
}

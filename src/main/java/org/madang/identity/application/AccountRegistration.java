package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.PasswordPolicy;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.PasswordHasher;
import org.madang.platform.audit.AuditTargetSource;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.InvalidInput;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Self-registration of citizens. */
@Stateless
@PermitAll
public class AccountRegistration {
    /** How registration ended; the page shows the same text for both, so a stranger learns nothing. */
    public enum Outcome { CREATED, ALREADY_REGISTERED }

    /** The outcome and the account concerned (for the audit trail only). */
    public record Registered(Outcome outcome, long accountId) implements AuditTargetSource {
        @Override
        public String auditTarget() {
            return (outcome == Outcome.CREATED ? "account:" : "existing-account:") + accountId;
        }
    }

    @Inject
    AccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;

    /**
     * Creates a basic CITIZEN account. For an e-mail that is already registered nothing changes and
     * the page says the same as for a new one (the owner simply signs in with their own password).
     */
    @Audited("account.register")
    public Registered register(@NotNull @Valid RegistrationForm form) {
        List<String> broken = PasswordPolicy.violations(form.getPassword(), form.getEmail());
        if (!broken.isEmpty()) {
            throw new InvalidInput(broken.get(0)).onField("password");
        }
        if (!form.getPassword().equals(form.getPasswordConfirmation())) {
            throw new InvalidInput("identity.account.passwordMismatch").onField("passwordConfirmation");
        }
        String email = Account.normaliseEmail(form.getEmail());
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            hasher.verifyDecoy(form.getPassword()); // same cost either way
            return new Registered(Outcome.ALREADY_REGISTERED, existing.get().getId());
        }
        Instant now = Instant.now(clock);
        Account a = new Account(email, form.getName(), hasher.hash(form.getPassword()), form.getBirthDate(),
                form.getRegion(), form.getLanguage(), now);
        accounts.add(a);
        return new Registered(Outcome.CREATED, a.getId());
    }

    /** The rule keys shown before submission (the same rules the server applies). */
    @PermitAll
    public List<String> passwordRules() {
        return List.of("password.rule.lengthAndKinds", "password.rule.repeated", "password.rule.containsEmail");
    }
}

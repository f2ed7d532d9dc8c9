package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.madang.identity.domain.Account;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.PasswordHasher;
import org.madang.platform.audit.AuditableAction;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a password for the identity store. Wrong passwords are counted in their own transaction
 * so the count survives whatever happens to the request; the fifth locks the account. Unknown
 * e-mails, wrong passwords and locked accounts all answer the same "no", in about the same time.
 */
@Stateless
@PermitAll
public class SignInService {
    @Inject
    AccountRepository accounts;
    @Inject
    PasswordHasher hasher;
    @Inject
    Event<AuditableAction> audit;
    @Inject
    Clock clock;
    @Inject
    MetricRegistry metrics;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Views.SignedIn> authenticate(String email, String password) {
        Instant now = Instant.now(clock);
        Optional<Account> found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            count("refused");
            hasher.verifyDecoy(password);
            audit.fire(new AuditableAction("anonymous", "ANONYMOUS", "account.signIn", "email-unknown",
                    "REFUSED:unknown", now));
            return Optional.empty();
        }
        Account a = found.get();
        String target = "account:" + a.getId();
        if (!a.canSignIn(now)) {
            count(a.isLocked(now) ? "locked" : "refused");
            hasher.verifyDecoy(password);
            audit.fire(new AuditableAction("anonymous", "ANONYMOUS", "account.signIn", target,
                    a.isLocked(now) ? "REFUSED:locked" : "REFUSED:disabled", now));
            return Optional.empty();
        }
        if (!hasher.verify(password, a.getPasswordHash())) {
            boolean lockedNow = a.recordFailedSignIn(now);
            count(lockedNow ? "locked" : "refused");
            audit.fire(new AuditableAction("anonymous", "ANONYMOUS", "account.signIn", target,
                    lockedNow ? "REFUSED:wrong-password-locked" : "REFUSED:wrong-password", now));
            return Optional.empty();
        }
        a.recordSuccessfulSignIn();
        count("success");
        audit.fire(new AuditableAction(String.valueOf(a.getId()), a.hasRole(Roles.CITIZEN) ? Roles.CITIZEN : "-",
                "account.signIn", target, AuditableAction.SUCCESS, now));
        return Optional.of(new Views.SignedIn(a.getId(), a.getName(),
                a.getDepartment() == null ? null : a.getDepartment().getId(), new TreeSet<>(a.getRoles()),
                a.getLanguage()));
    }

    /** Sign-ins by outcome, for /metrics (a burst of "refused" or "locked" is worth an alert). */
    private void count(String outcome) {
        metrics.counter("madang_sign_ins_total", new Tag("outcome", outcome)).inc();
    }
}

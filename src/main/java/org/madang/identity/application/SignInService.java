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
import org.madang.identity.domain.SignInThrottle;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.CredentialRepository;
import org.madang.identity.infrastructure.PasswordHasher;
import org.madang.platform.audit.AuditableAction;
import org.madang.platform.notification.Notice;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a password for the identity store. First the source address: one that failed too often
 * lately must wait a growing delay ({@link SignInThrottle}), and its attempts meanwhile are refused
 * without looking at the password or the account. Then the password: wrong ones are counted in
 * their own transaction so the count survives whatever happens to the request, and one address
 * counts only its first few toward the account's lockout; the fifth counted locks the account and
 * its holder is told by e-mail. Unknown e-mails, wrong passwords and locked accounts all answer
 * the same "no", in about the same time.
 */
@Stateless
@PermitAll
public class SignInService {
    /** The source of a sign-in whose address is not known (never a real address). */
    public static final String UNKNOWN_ADDRESS = "unknown";

    @Inject
    AccountRepository accounts;
    @Inject
    CredentialRepository credentials;
    @Inject
    PasswordHasher hasher;
    @Inject
    Event<AuditableAction> audit;
    @Inject
    Event<Notice> notices;
    @Inject
    SignInOutcome outcome;
    @Inject
    Clock clock;
    @Inject
    MetricRegistry metrics;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Views.SignedIn> authenticate(String email, String password, String sourceAddress) {
        Instant now = Instant.now(clock);
        String address = address(sourceAddress);
        CredentialRepository.AddressFailures recent = credentials.failuresFrom(address,
                SignInThrottle.windowStart(now));
        Optional<Instant> wait = SignInThrottle.blockedUntil(recent.count(), recent.last()).filter(now::isBefore);
        if (wait.isPresent()) {
            count("throttled");
            outcome.throttled(wait.get());
            audit.fire(new AuditableAction("anonymous", "ANONYMOUS", "account.signIn", "address-limit",
                    "REFUSED:address-limit", now));
            return Optional.empty();
        }
        Optional<Account> found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            count("refused");
            hasher.verifyDecoy(password);
            credentials.recordFailure(address, null, now);
            audit.fire(new AuditableAction("anonymous", "ANONYMOUS", "account.signIn", "email-unknown",
                    "REFUSED:unknown", now));
            return Optional.empty();
        }
        Account a = found.get();
        String target = "account:" + a.getId();
        if (!a.canSignIn(now)) {
            count(a.isLocked(now) ? "locked" : "refused");
            hasher.verifyDecoy(password);
            credentials.recordFailure(address, a.getId(), now);
            audit.fire(new AuditableAction("anonymous", "ANONYMOUS", "account.signIn", target,
                    a.isLocked(now) ? "REFUSED:locked" : "REFUSED:disabled", now));
            return Optional.empty();
        }
        if (!hasher.verify(password, a.getPasswordHash())) {
            credentials.recordFailure(address, a.getId(), now);
            long fromHere = credentials.failuresOfAccountFrom(a.getId(), address, SignInThrottle.windowStart(now));
            boolean counted = SignInThrottle.countsTowardLockout(fromHere);
            boolean lockedNow = counted && a.recordFailedSignIn(now);
            if (lockedNow) {
                notices.fire(LockoutNotice.of(a));
            }
            count(lockedNow ? "locked" : "refused");
            audit.fire(new AuditableAction("anonymous", "ANONYMOUS", "account.signIn", target,
                    lockedNow ? "REFUSED:wrong-password-locked"
                            : counted ? "REFUSED:wrong-password" : "REFUSED:wrong-password-address-limit", now));
            return Optional.empty();
        }
        a.recordSuccessfulSignIn();
        // a language picked before signing in becomes the account's: signing in never switches it
        outcome.languageChosenBefore().ifPresent(a::chooseLanguage);
        count("success");
        audit.fire(new AuditableAction(String.valueOf(a.getId()), a.hasRole(Roles.CITIZEN) ? Roles.CITIZEN : "-",
                "account.signIn", target, AuditableAction.SUCCESS, now));
        return Optional.of(new Views.SignedIn(a.getId(), a.getName(),
                a.getDepartment() == null ? null : a.getDepartment().getId(), new TreeSet<>(a.getRoles()),
                a.getLanguage(), a.getSessionEpoch()));
    }

    static String address(String sourceAddress) {
        if (sourceAddress == null || sourceAddress.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        String a = sourceAddress.strip();
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    /** Sign-ins by outcome, for /metrics (a burst of "refused", "throttled" or "locked" is worth an alert). */
    private void count(String outcome) {
        metrics.counter("madang_sign_ins_total", new Tag("outcome", outcome)).inc();
    }
}

package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.identity.domain.Account;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.platform.notification.Notice;

import java.time.Clock;
import java.time.Instant;

/**
 * A wrong current password on the password-change form counts toward the lockout like a wrong
 * password at sign-in, in its own transaction (the refusal rolls the change back, not the count).
 * No web or API face.
 */
@Stateless
@PermitAll
public class SignInFailures {
    @Inject
    AccountRepository accounts;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;

    /** Counts one failure; returns whether it locked the account. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean wrongCurrentPassword(long accountId) {
        Account a = accounts.getAccount(accountId);
        boolean locked = a.recordFailedSignIn(Instant.now(clock));
        if (locked) {
            notices.fire(LockoutNotice.of(a));
        }
        return locked;
    }
}

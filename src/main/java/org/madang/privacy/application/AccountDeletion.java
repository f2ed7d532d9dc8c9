package org.madang.privacy.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.domain.DataRequest;
import org.madang.privacy.infrastructure.PrivacyRecords;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Deleting one's own account (PIPA art. 36): confirmed with the password, carried out at once by
 * every context's {@link PersonalDataEraser}, in one transaction, so it happens everywhere or
 * nowhere. What the law requires to be kept stays, pseudonymised; the deletion itself is recorded
 * (a completed request) so the file shows what was done and when. The page signs the person out.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class AccountDeletion {
    @Inject
    Instance<PersonalDataEraser> erasers;
    @Inject
    Instance<PasswordConfirmation> passwords;
    @Inject
    PrivacyRecords records;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /** Why the caller's account cannot be deleted by its owner now (a messages key), if it cannot. */
    public Optional<String> refusal() {
        long me = currentUser.accountId();
        return erasers.stream().map(e -> e.refusal(me)).flatMap(Optional::stream).findFirst();
    }

    @Audited("privacy.deleteAccount")
    public void deleteMyAccount(@NotBlank String password) {
        long me = currentUser.accountId();
        PasswordConfirmation check = passwords.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no PasswordConfirmation: identity is not deployed"));
        if (!check.confirms(me, password)) {
            throw new InvalidInput("privacy.deletion.passwordWrong").onField("password");
        }
        Optional<String> refused = refusal();
        if (refused.isPresent()) {
            throw new Conflict(refused.get());
        }
        Instant now = Instant.now(clock);
        // consents end with the account, except those a law keeps in force (they stay as records)
        records.consentsOf(me).stream().filter(c -> c.isActive() && c.isWithdrawable())
                .forEach(c -> c.withdraw(now));
        records.preference(me).ifPresent(p -> p.alertOnRead(false, now));
        records.add(DataRequest.deletion(me, now));
        for (PersonalDataEraser eraser : erasers) {
            eraser.erase(me, now);
        }
    }
}

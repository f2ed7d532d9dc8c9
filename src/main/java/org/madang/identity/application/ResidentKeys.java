package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.identity.infrastructure.ResidentIdentityRepository;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * The resident behind the caller's account, for every context whose rule is "once per person"
 * (polls, budgets, voter rolls, petitions, support of a proposal): key the rule on
 * {@link #current()} / {@link #require()}, never on the account id. The key is a random UUID
 * that stays with the resident when their verification moves to another account, so a second
 * account of the same person gets the same key; it reveals nothing about the registration number.
 *
 * <pre>
 * &#64;Inject ResidentKeys residents;
 * UUID who = residents.require();   // Forbidden("identity.resident.notVerified") if not verified
 * </pre>
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class ResidentKeys {
    @Inject
    AccountRepository accounts;
    @Inject
    ResidentIdentityRepository identities;
    @Inject
    CurrentUser currentUser;

    /** The caller's resident key, if the caller's account is active and a verified resident. */
    public Optional<UUID> current() {
        return identities.residentKeyOf(accounts.getAccount(currentUser.accountId()));
    }

    /** The caller's resident key; refused (403) for an account that is not a verified resident. */
    public UUID require() {
        return current().orElseThrow(() -> new Forbidden("identity.resident.notVerified"));
    }

    /** The resident key of an account, for the portal's own work (demo data, timers); no web or API face. */
    @PermitAll
    public Optional<UUID> ofAccount(long accountId) {
        return accounts.findAccount(accountId).flatMap(identities::residentKeyOf);
    }
}

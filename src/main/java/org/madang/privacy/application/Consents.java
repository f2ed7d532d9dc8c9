package org.madang.privacy.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.domain.Consent;
import org.madang.privacy.infrastructure.PrivacyRecords;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The consent register, for every context: a person gives a consent while applying (for example to
 * let an agency fetch a government-held document), sees all of them on /my/privacy and withdraws
 * those the law lets them withdraw. Before each use of consented data a context asks
 * {@link #isActive} or {@link #requireActive}; the answer is read from the database every time,
 * so a withdrawal stops the very next use.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class Consents {
    @Inject
    PrivacyRecords records;
    @Inject
    Readers readers;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /** Records the caller's consent (only ever the caller's: nobody consents for someone else). */
    @Audited("consent.give")
    public long give(@NotNull @Valid ConsentRequest request) {
        Consent c = new Consent(currentUser.accountId(), request.scope(), request.recipientAgency(),
                request.purposeKey(), request.purposeReference(), request.withdrawable(), request.legalBasisKey(),
                Instant.now(clock));
        return records.add(c).getId();
    }

    /** Withdraws one of the caller's consents, effective at once; refused where a law keeps it in force. */
    @Audited("consent.withdraw")
    public void withdraw(@AuditTarget("consent") long consentId) {
        Consent c = records.consent(consentId);
        if (c.getAccountId() != currentUser.accountId()) {
            throw new NotFound("consent.notFound"); // someone else's consent does not exist for the caller
        }
        c.withdraw(Instant.now(clock));
    }

    /**
     * Whether {@code accountId} has a consent in force that covers {@code scope} for this application
     * ({@code reference}; a consent given without one covers every application). Open to every
     * caller: it reveals nothing but yes or no.
     */
    @PermitAll
    public boolean isActive(long accountId, @NotBlank String scope, String reference) {
        return records.activeConsents(accountId, scope).stream().anyMatch(c -> c.covers(scope, reference));
    }

    /** {@link #isActive}, or a refusal the officer's page explains. */
    @PermitAll
    public void requireActive(long accountId, @NotBlank String scope, String reference) {
        if (!isActive(accountId, scope, reference)) {
            throw new Forbidden("consent.notActive", scope);
        }
    }

    /** All my consents, newest first, withdrawn ones included. */
    @OwnDataOnly
    public List<PrivacyViews.ConsentView> mine() {
        return records.consentsOf(currentUser.accountId()).stream()
                .map(c -> PrivacyViews.ConsentView.of(c,
                        c.getRecipientAgency() == null ? null : readers.agency(c.getRecipientAgency())))
                .toList();
    }
}

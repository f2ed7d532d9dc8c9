package org.madang.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.identity.infrastructure.ResidentIdentityRepository;

import java.time.Instant;

/**
 * Records a verification attempt in its own transaction, so a refused attempt still counts toward
 * the limit after the refusal rolled the verification back. No web or API face.
 */
@Stateless
@PermitAll
public class VerificationAttempts {
    @Inject
    ResidentIdentityRepository identities;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long accountId, String claimHash, Instant at, String outcome) {
        identities.recordAttempt(accountId, claimHash, at, outcome);
    }
}

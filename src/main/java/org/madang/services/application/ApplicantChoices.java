package org.madang.services.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.identity.application.AccountSelfService;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.io.Serializable;
import java.util.List;

/**
 * Part A's addition beside part B's {@link Applying}: what the "start an application" page offers
 * the caller, i.e. the businesses they may apply for (approved mandates only). Kept apart so
 * Applying stays part B's; the web layer may only talk to its own context's application layer.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE})
public class ApplicantChoices {
    @Inject
    AccountSelfService accounts;
    @Inject
    CurrentUser currentUser;

    /** A business the caller may act for. */
    public record BusinessChoice(long id, String name, String registrationNumber) implements Serializable {
    }

    @OwnDataOnly
    public List<BusinessChoice> businessesICanApplyFor() {
        if (!currentUser.hasRole(Roles.BUSINESS_REPRESENTATIVE)) {
            return List.of();
        }
        // identity gives active (approved) mandates only
        return accounts.businessesIRepresent().stream()
                .map(m -> new BusinessChoice(m.businessId(), m.businessName(), m.registrationNumber()))
                .toList();
    }
}

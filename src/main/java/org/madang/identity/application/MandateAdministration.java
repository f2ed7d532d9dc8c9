package org.madang.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.madang.identity.domain.Mandate;
import org.madang.identity.infrastructure.AccountRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Administrators decide who may act for a business. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MandateAdministration {
    @Inject
    AccountRepository repo;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    @PersonalDataAccess(purpose = "purpose.admin.mandates", fields = {"name", "mandates"})
    public List<Views.MandateView> list(Mandate.Status status) {
        return repo.mandates(status).stream().map(Views.MandateView::of).toList();
    }

    @Audited("mandate.approve")
    public void approve(@AuditTarget("mandate") long mandateId) {
        repo.getMandate(mandateId).approve(currentUser.actorId(), Instant.now(clock));
        repo.flushRefusingStale();
    }

    @Audited("mandate.reject")
    public void reject(@AuditTarget("mandate") long mandateId, @NotBlank @Size(max = 1000) String note) {
        repo.getMandate(mandateId).reject(currentUser.actorId(), note, Instant.now(clock));
        repo.flushRefusingStale();
    }

    /** Ends an approved mandate; the representative role goes when no other approved mandate remains. */
    @Audited("mandate.revoke")
    public void revoke(@AuditTarget("mandate") long mandateId, @NotBlank @Size(max = 1000) String note) {
        Mandate m = repo.getMandate(mandateId);
        m.revoke(currentUser.actorId(), note, Instant.now(clock));
        var holder = m.getRepresentative();
        boolean stillRepresents = repo.mandatesOf(holder.getId()).stream().anyMatch(Mandate::isActive);
        if (!stillRepresents) {
            holder.revokeRole(Roles.BUSINESS_REPRESENTATIVE);
        }
        repo.flushRefusingStale();
    }
}

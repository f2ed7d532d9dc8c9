package org.madang.performance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.madang.platform.audit.Audited;
import org.madang.platform.security.Roles;

/** Administrators may rebuild the aggregate from every application (after a repair of data by hand, say). */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class IndicatorAdministration {
    @Inject
    AggregateRebuild rebuild;

    /** Outside any transaction: the rebuild runs in one of its own, with its own time limit. */
    @Audited("performance.rebuild")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AggregateRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}

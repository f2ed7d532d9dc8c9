package org.madang.audit;

import org.madang.testsupport.InContainer;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;

/** Test-only service with audited methods, deployed into the test archive by AuditTrailArquillianIT. */
@InContainer
@Stateless
public class AuditProbe {
    @Resource
    SessionContext context;

    @Audited("it.probe.succeed")
    public String succeed(@AuditTarget("probe") String id) {
        return id;
    }

    /** Appends a success inside this transaction (so it holds the chain lock), then is refused. */
    @Audited("it.probe.refuse")
    public void refuseAfterInnerSuccess(@AuditTarget("probe") String id) {
        context.getBusinessObject(AuditProbe.class).succeed(id + "-inner");
        throw new ProbeRefused();
    }

    @Audited("it.probe.crash")
    public void crash(@AuditTarget("probe") String id) {
        throw new IllegalStateException("probe crashed on purpose");
    }

    /**
     * Appends a success (holding the chain lock), then an inner bean crashes, which dooms this
     * transaction before this method's own failure is reported.
     */
    @Audited("it.probe.crashAfter")
    public void crashAfterInnerSuccess(@AuditTarget("probe") String id) {
        AuditProbe self = context.getBusinessObject(AuditProbe.class);
        self.succeed(id + "-inner");
        self.crash(id + "-crash");
    }
}

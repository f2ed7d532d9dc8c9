package org.madang.audit;

import org.madang.testsupport.InContainer;
import org.madang.platform.error.BusinessException;

/** The business refusal AuditProbe throws. */
@InContainer
public class ProbeRefused extends BusinessException {
    private static final long serialVersionUID = 1L;

    public ProbeRefused() {
        super("it.probe.refused");
    }
}

package org.madang.disclosure.request.domain;

import org.madang.platform.error.Forbidden;

/** The released file is the requester's once the fee is paid; until then it is refused (403), never served. */
public class FeeOutstanding extends Forbidden {
    private static final long serialVersionUID = 1L;

    public FeeOutstanding(String reference) {
        super("disclosure.fee.outstanding", reference == null ? "" : reference);
    }
}

package org.madang.disclosure.request.domain;

/** The agency's answer to a fee-reduction claim (법 제17조제2항, 시행령 제17조): granted, or refused with reasons. */
public enum WaiverAnswer {
    GRANTED, REFUSED;

    public String labelKey() {
        return "disclosure.fee.waiver." + name();
    }
}

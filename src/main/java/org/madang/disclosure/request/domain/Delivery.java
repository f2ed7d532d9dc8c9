package org.madang.disclosure.request.domain;

/** How the answer reaches the requester (수령 방법). */
public enum Delivery {
    PORTAL, EMAIL, POST;

    public String labelKey() {
        return "disclosure.request.delivery." + name();
    }
}

package org.madang.disclosure.request.domain;

/** A request was filed or changed (fired in the changing transaction): kept pages of the public log are out of date. */
public record RequestsChanged(long requestId) {
}

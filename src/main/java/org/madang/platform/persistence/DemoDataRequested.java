package org.madang.platform.persistence;

/** Fired once at start-up in the demo configuration; each context loads its own demo data, idempotently. */
public record DemoDataRequested() {
}

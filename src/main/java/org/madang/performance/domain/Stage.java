package org.madang.performance.domain;

/** Where an application stands for the indicators: not filed, received and running, or ended. */
public enum Stage {
    DRAFT, OPEN, APPROVED, REJECTED, WITHDRAWN;

    public boolean decided() {
        return this == APPROVED || this == REJECTED;
    }
}

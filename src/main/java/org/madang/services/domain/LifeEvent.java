package org.madang.services.domain;

/** Life events by which citizens look for services without knowing which agency runs them. */
public enum LifeEvent {
    MOVING, HAVING_A_CHILD, LOOKING_FOR_WORK, STARTING_A_BUSINESS, GROWING_A_BUSINESS, EXPORTING, RETIRING,
    HARDSHIP, DISASTER, PAYING_TAXES, TRAVELLING_ABROAD;

    public String labelKey() {
        return "services.lifeEvent." + name();
    }
}

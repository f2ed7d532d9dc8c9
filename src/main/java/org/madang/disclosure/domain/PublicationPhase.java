package org.madang.disclosure.domain;

/** What a reader or the publisher sees at a given moment. */
public enum PublicationPhase { DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN }

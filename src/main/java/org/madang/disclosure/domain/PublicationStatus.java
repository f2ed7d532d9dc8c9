package org.madang.disclosure.domain;

/** Stored state. A PUBLISHED item whose date lies ahead is "scheduled" (see {@link Publication#phase}). */
public enum PublicationStatus { DRAFT, PUBLISHED, WITHDRAWN }

package org.madang.disclosure.domain;

/** A document (decisions, reports, minutes…) or a dataset (CSV/JSON data). */
public enum PublicationType { DOCUMENT, DATASET }

package org.madang.disclosure.domain;

/** Whether the file's text could be read for search (a scanned PDF has none: "text not searchable"). */
public enum TextStatus { EXTRACTED, NO_TEXT }

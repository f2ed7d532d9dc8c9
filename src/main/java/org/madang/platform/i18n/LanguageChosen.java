package org.madang.platform.i18n;

/** A signed-in person picked a language; identity stores it as their preference. */
public record LanguageChosen(long accountId, String language) {
}

package org.madang.services.domain;

/** A text every citizen-facing field of the catalogue has in both languages; neither may be blank. */
public record Bilingual(String ko, String en) {
    public Bilingual {
        if (ko == null || ko.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("both Korean and English text are required");
        }
        ko = ko.strip();
        en = en.strip();
    }

    public static Bilingual of(String ko, String en) {
        return new Bilingual(ko, en);
    }
}

package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document the applicant must provide, named in both languages. */
@Embeddable
public class RequiredDocument {
    @Column(name = "name_ko", nullable = false, length = 300)
    private String nameKo;
    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    protected RequiredDocument() {
    }

    public RequiredDocument(Bilingual name) {
        this.nameKo = name.ko();
        this.nameEn = name.en();
    }

    public String nameKo() {
        return nameKo;
    }

    public String nameEn() {
        return nameEn;
    }
}

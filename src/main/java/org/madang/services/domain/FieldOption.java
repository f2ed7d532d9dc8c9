package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One choice of a select, radio or checkbox question: the stored value and its labels. */
@Embeddable
public class FieldOption {
    @Column(name = "option_value", nullable = false, length = 60)
    private String value;
    @Column(name = "label_ko", nullable = false, length = 200)
    private String labelKo;
    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    protected FieldOption() {
    }

    public FieldOption(String value, Bilingual label) {
        if (value == null || value.isBlank() || value.length() > 60) {
            throw new IllegalArgumentException("option value required (≤ 60)");
        }
        this.value = value;
        this.labelKo = label.ko();
        this.labelEn = label.en();
    }

    public String value() {
        return value;
    }

    public String labelKo() {
        return labelKo;
    }

    public String labelEn() {
        return labelEn;
    }
}

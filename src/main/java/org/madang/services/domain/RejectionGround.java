package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A legal ground on which an application for the service may be rejected: a stable key (what a
 * decision records) and the text citizens read, citing the provision.
 */
@Embeddable
public class RejectionGround {
    @Column(name = "ground_key", nullable = false, length = 60)
    private String key;
    @Column(name = "text_ko", nullable = false, length = 500)
    private String textKo;
    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    protected RejectionGround() {
    }

    public RejectionGround(String key, Bilingual text) {
        if (key == null || !key.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new IllegalArgumentException("rejection ground key must be UPPER_SNAKE: " + key);
        }
        this.key = key;
        this.textKo = text.ko();
        this.textEn = text.en();
    }

    public String key() {
        return key;
    }

    public String textKo() {
        return textKo;
    }

    public String textEn() {
        return textEn;
    }
}

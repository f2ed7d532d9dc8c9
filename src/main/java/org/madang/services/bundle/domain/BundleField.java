package org.madang.services.bundle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.madang.services.domain.FieldType;

/** A question the bundle asks once, whose answer fills the matching question of several parts. */
@Embeddable
public class BundleField {
    @Column(nullable = false)
    private int position;
    @Column(name = "field_key", nullable = false, length = 40)
    private String key;
    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private FieldType type;
    @Column(nullable = false)
    private boolean required;
    private String pattern;
    @Column(name = "max_length")
    private Integer maxLength;
    @Column(name = "label_ko", nullable = false)
    private String labelKo;
    @Column(name = "label_en", nullable = false)
    private String labelEn;
    @Column(name = "help_ko")
    private String helpKo;
    @Column(name = "help_en")
    private String helpEn;

    protected BundleField() {
    }

    public int getPosition() { return position; }
    public String getKey() { return key; }
    public FieldType getType() { return type; }
    public boolean isRequired() { return required; }
    public String getPattern() { return pattern; }
    public Integer getMaxLength() { return maxLength; }
    public String getLabelKo() { return labelKo; }
    public String getLabelEn() { return labelEn; }
    public String getHelpKo() { return helpKo; }
    public String getHelpEn() { return helpEn; }
}

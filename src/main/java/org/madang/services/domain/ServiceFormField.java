package org.madang.services.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One question of a service's application form. Forms are data: the page renders them and the
 * validator checks answers from these definitions, so a definition that could not be rendered or
 * checked (a select without choices, a pattern that does not compile) is refused here.
 */
@Entity
@Table(name = "service_form_field")
public class ServiceFormField {
    public static final int MAX_PAGES = 5;
    private static final Set<FieldType> WITH_OPTIONS = EnumSet.of(FieldType.SELECT, FieldType.RADIO);
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private CivilService service;
    @Column(nullable = false)
    private int position;
    @Column(name = "field_key", nullable = false, length = 40)
    private String key;
    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private FieldType type;
    @Column(nullable = false)
    private boolean required;
    @Column(length = 200)
    private String pattern;
    @Column(name = "max_length")
    private Integer maxLength;
    @Column(name = "label_ko", nullable = false, length = 200)
    private String labelKo;
    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;
    @Column(name = "help_ko", length = 500)
    private String helpKo;
    @Column(name = "help_en", length = 500)
    private String helpEn;
    @Column(nullable = false)
    private int page;
    @ElementCollection
    @CollectionTable(name = "service_form_field_option", joinColumns = @JoinColumn(name = "field_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<FieldOption> options = new ArrayList<>();

    protected ServiceFormField() {
    }

    ServiceFormField(CivilService service, int position, Spec spec) {
        this.service = service;
        this.position = position;
        this.key = spec.key;
        this.type = spec.type;
        this.required = spec.required;
        this.pattern = spec.pattern;
        this.maxLength = spec.maxLength;
        this.labelKo = spec.label.ko();
        this.labelEn = spec.label.en();
        this.helpKo = spec.help == null ? null : spec.help.ko();
        this.helpEn = spec.help == null ? null : spec.help.en();
        this.page = spec.page;
        this.options.addAll(spec.options);
    }

    /** What a question is, checked before it joins a form ({@link CivilService#addField}). */
    public record Spec(String key, FieldType type, boolean required, String pattern, Integer maxLength,
                       Bilingual label, Bilingual help, int page, List<FieldOption> options) {
        public Spec {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("field key must be camelCase (≤ 40): " + key);
            }
            if (type == null || label == null) {
                throw new IllegalArgumentException("field " + key + " needs a type and a label");
            }
            if (page < 1 || page > MAX_PAGES) {
                throw new IllegalArgumentException("field " + key + ": page must be 1.." + MAX_PAGES);
            }
            options = options == null ? List.of() : List.copyOf(options);
            if (WITH_OPTIONS.contains(type) && options.size() < 2) {
                throw new IllegalArgumentException("field " + key + ": a " + type + " needs at least two options");
            }
            if (!WITH_OPTIONS.contains(type) && type != FieldType.CHECKBOX && !options.isEmpty()) {
                throw new IllegalArgumentException("field " + key + ": a " + type + " has no options");
            }
            if (maxLength != null && maxLength <= 0) {
                throw new IllegalArgumentException("field " + key + ": maxLength must be positive");
            }
            if (pattern != null) {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("field " + key + ": bad pattern " + pattern, e);
                }
            }
        }
    }

    @jakarta.persistence.PostPersist
    @jakarta.persistence.PostUpdate
    @jakarta.persistence.PostRemove
    void announceChange() {
        CatalogueChanges.announce();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public FieldType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public String getPattern() {
        return pattern;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public String getLabelKo() {
        return labelKo;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getHelpKo() {
        return helpKo;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public int getPage() {
        return page;
    }

    public List<FieldOption> getOptions() {
        return List.copyOf(options);
    }
}

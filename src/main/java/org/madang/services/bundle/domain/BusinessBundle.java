package org.madang.services.bundle.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A one-stop bundle (원스톱 묶음 민원): services of several agencies for one business event, the
 * questions they share, and which part must be approved before another may be filed. Defined as
 * data (Flyway); read-only here. Services are named by catalogue code.
 */
@Entity
@Table(name = "business_bundle")
public class BusinessBundle {
    @Id
    private Long id;
    @Column(nullable = false, unique = true, length = 40)
    private String code;
    @Column(name = "name_ko", nullable = false)
    private String nameKo;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "summary_ko", nullable = false)
    private String summaryKo;
    @Column(name = "summary_en", nullable = false)
    private String summaryEn;
    @Column(nullable = false)
    private int position;
    @ElementCollection
    @CollectionTable(name = "business_bundle_field", joinColumns = @JoinColumn(name = "bundle_id"))
    @OrderBy("position")
    private List<BundleField> fields;
    @ElementCollection
    @CollectionTable(name = "business_bundle_part", joinColumns = @JoinColumn(name = "bundle_id"))
    @OrderBy("position")
    private List<BundlePartSpec> parts;
    @ElementCollection
    @CollectionTable(name = "business_bundle_field_map", joinColumns = @JoinColumn(name = "bundle_id"))
    private List<BundleFieldMapping> mappings;

    protected BusinessBundle() {
    }

    /** The shared question that answers the given question of the given service, if the bundle has one. */
    public Optional<String> sharedFieldFor(String serviceCode, String serviceFieldKey) {
        return mappings.stream()
                .filter(m -> m.getServiceCode().equals(serviceCode) && m.getServiceFieldKey().equals(serviceFieldKey))
                .map(BundleFieldMapping::getSharedFieldKey).findFirst();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameKo() { return nameKo; }
    public String getNameEn() { return nameEn; }
    public String getSummaryKo() { return summaryKo; }
    public String getSummaryEn() { return summaryEn; }
    public int getPosition() { return position; }
    public List<BundleField> getFields() { return Collections.unmodifiableList(fields); }
    public List<BundlePartSpec> getParts() { return Collections.unmodifiableList(parts); }
    public List<BundleFieldMapping> getMappings() { return Collections.unmodifiableList(mappings); }
}

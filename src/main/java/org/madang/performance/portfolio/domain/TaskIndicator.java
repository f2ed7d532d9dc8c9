package org.madang.performance.portfolio.domain;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator of one plan version, as declared: written once, never changed (no setters, no
 * commands). A change of indicator is a new plan version.
 */
@Entity
@Table(name = "task_indicator")
public class TaskIndicator {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 300)
    private String name;
    @Column(nullable = false, length = 40)
    private String unit;
    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal baseline;
    @Column(nullable = false)
    private int weight;
    @Column(nullable = false, length = 1000)
    private String method;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Measure measure;
    @Column(name = "service_code", length = 60)
    private String serviceCode;
    @Column(name = "agency_code", length = 40)
    private String agencyCode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "task_indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "target", nullable = false, precision = 16, scale = 2)
    @org.hibernate.annotations.SortNatural
    private SortedMap<Integer, BigDecimal> targets = new TreeMap<>();

    protected TaskIndicator() {
    }

    TaskIndicator(IndicatorSpec spec) {
        this.name = spec.name();
        this.unit = spec.unit();
        this.baseline = spec.baseline();
        this.weight = spec.weight();
        this.method = spec.method();
        this.measure = spec.measure();
        this.serviceCode = spec.serviceCode();
        this.agencyCode = spec.agencyCode();
        this.targets = new TreeMap<>(spec.targets());
    }

    public IndicatorSpec spec() {
        return new IndicatorSpec(name, unit, baseline, weight, method, measure, serviceCode, agencyCode, targets);
    }

    public BigDecimal target(int year) {
        return targets.get(year);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public BigDecimal getBaseline() { return baseline; }
    public int getWeight() { return weight; }
    public String getMethod() { return method; }
    public Measure getMeasure() { return measure; }
    public String getServiceCode() { return serviceCode; }
    public String getAgencyCode() { return agencyCode; }
}

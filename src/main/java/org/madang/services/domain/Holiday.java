package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A public holiday of the offices (관공서 공휴일) other than Sundays, as reference data loaded by a
 * migration in every configuration. {@code kind} tells a holiday from a substitute holiday or an
 * election day; {@code confirmed} is false for a day the decree had not yet fixed when it was loaded.
 */
@Entity
@Table(name = "public_holiday")
public class Holiday {
    @Id
    private LocalDate day;
    @Column(name = "name_ko", nullable = false, length = 100)
    private String nameKo;
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;
    @Column(nullable = false, length = 20)
    private String kind;
    @Column(nullable = false)
    private boolean confirmed;

    protected Holiday() {
    }

    public LocalDate getDay() { return day; }
    public String getNameKo() { return nameKo; }
    public String getNameEn() { return nameEn; }
    public String getKind() { return kind; }
    public boolean isConfirmed() { return confirmed; }
}

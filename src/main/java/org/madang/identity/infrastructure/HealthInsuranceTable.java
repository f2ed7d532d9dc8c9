package org.madang.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.identity.domain.HealthInsuranceRegister;

import java.time.LocalDate;
import java.util.List;

/** The built-in health insurance adapter: the table of migration V202612071620. */
@ApplicationScoped
public class HealthInsuranceTable implements HealthInsuranceRegister {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    @Override
    public List<Coverage> coverages(String name, LocalDate birthDate) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, through, acquired, lost from health_insurance_coverage"
                        + " where name = ?1 and birth_date = ?2 order by acquired, id")
                .setParameter(1, name.trim()).setParameter(2, birthDate).getResultList();
        return rows.stream().map(r -> new Coverage(Kind.valueOf((String) r[0]), (String) r[1], date(r[2]), date(r[3])))
                .toList();
    }

    /** Records a period of coverage (demo data and tests). */
    public void register(String name, LocalDate birthDate, Coverage c) {
        em.createNativeQuery("insert into health_insurance_coverage (name, birth_date, kind, through, acquired, lost)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, name).setParameter(2, birthDate).setParameter(3, c.kind().name())
                .setParameter(4, c.through()).setParameter(5, c.acquired()).setParameter(6, c.lost()).executeUpdate();
    }

    public boolean hasRecords() {
        return ((Number) em.createNativeQuery("select count(*) from health_insurance_coverage").getSingleResult())
                .longValue() > 0;
    }

    private static LocalDate date(Object v) {
        return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }
}

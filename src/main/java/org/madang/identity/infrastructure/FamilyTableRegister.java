package org.madang.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.identity.domain.FamilyRegister;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The built-in family register adapter: the tables of migration V202612071610. */
@ApplicationScoped
public class FamilyTableRegister implements FamilyRegister {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    @Override
    public Optional<FamilyRecord> record(String name, LocalDate birthDate) {
        @SuppressWarnings("unchecked")
        List<Object[]> me = em.createNativeQuery("select id, name, birth_date, sex, domicile from family_register_person"
                        + " where name = ?1 and birth_date = ?2 order by id")
                .setParameter(1, name.trim()).setParameter(2, birthDate).setMaxResults(1).getResultList();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        Object[] p = me.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> relatives = em.createNativeQuery("select r.kind, p.name, p.birth_date, p.sex"
                        + " from family_register_relation r join family_register_person p on p.id = r.relative_id"
                        + " where r.person_id = ?1 order by case r.kind when 'FATHER' then 0 when 'MOTHER' then 1"
                        + " when 'SPOUSE' then 2 else 3 end, p.birth_date, p.id")
                .setParameter(1, ((Number) p[0]).longValue()).getResultList();
        return Optional.of(new FamilyRecord((String) p[4], person(p[1], p[2], p[3]),
                relatives.stream().map(r -> new Relative(Kind.valueOf((String) r[0]), person(r[1], r[2], r[3])))
                        .toList()));
    }

    /** Adds a person to the register (demo data and tests); returns their id. */
    public long registerPerson(String name, LocalDate birthDate, Sex sex, String domicile) {
        return ((Number) em.createNativeQuery("insert into family_register_person (name, birth_date, sex, domicile)"
                        + " values (?1, ?2, ?3, ?4) returning id")
                .setParameter(1, name).setParameter(2, birthDate).setParameter(3, sex.name())
                .setParameter(4, domicile).getSingleResult()).longValue();
    }

    /** Records that {@code relative} is the person's father, mother, spouse or child (demo data and tests). */
    public void relate(long person, Kind kind, long relative) {
        em.createNativeQuery("insert into family_register_relation (person_id, relative_id, kind) values (?1, ?2, ?3)")
                .setParameter(1, person).setParameter(2, relative).setParameter(3, kind.name()).executeUpdate();
    }

    public boolean hasRecords() {
        return ((Number) em.createNativeQuery("select count(*) from family_register_person").getSingleResult())
                .longValue() > 0;
    }

    private static Person person(Object name, Object birthDate, Object sex) {
        LocalDate d = birthDate instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) birthDate;
        return new Person((String) name, d, Sex.valueOf((String) sex));
    }
}

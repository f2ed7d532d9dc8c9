package org.madang.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.ResidentRegistrationNumber;
import org.madang.identity.domain.ResidentRegistry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The built-in registry adapter: a local table of residents whose national numbers are kept only
 * as SHA-256(salt || number) with a per-row random salt.
 */
@ApplicationScoped
public class ResidentTableRegistry implements ResidentRegistry {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "madang")
    EntityManager em;

    @Override
    public boolean matches(String name, LocalDate birthDate, Region region, ResidentRegistrationNumber number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id_salt, id_hash from resident where name = ?1 and birth_date = ?2 and region = ?3")
                .setParameter(1, name.trim()).setParameter(2, birthDate).setParameter(3, region.name())
                .getResultList();
        for (Object[] r : rows) {
            if (MessageDigest.isEqual(hash((String) r[0], number.digits()).getBytes(StandardCharsets.US_ASCII),
                    ((String) r[1]).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<RegisteredResident> lookUp(String name, LocalDate birthDate, Region region) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select name, birth_date, region from resident where name = ?1 and birth_date = ?2 and region = ?3")
                .setParameter(1, name.trim()).setParameter(2, birthDate).setParameter(3, region.name())
                .setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(r -> new RegisteredResident((String) r[0],
                ((java.sql.Date) r[1]).toLocalDate(), Region.valueOf((String) r[2])));
    }

    @Override
    public Optional<Household> household(String name, LocalDate birthDate, Region region) {
        @SuppressWarnings("unchecked")
        List<Object[]> me = em.createNativeQuery("select r.id, h.id, h.address from resident r"
                        + " join resident_household h on h.id = r.household_id"
                        + " where r.name = ?1 and r.birth_date = ?2 and r.region = ?3")
                .setParameter(1, name.trim()).setParameter(2, birthDate).setParameter(3, region.name())
                .setMaxResults(1).getResultList();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        long residentId = ((Number) me.get(0)[0]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("select name, birth_date, relationship, moved_in from resident"
                        + " where household_id = ?1 order by case relationship when 'HEAD' then 0 when 'SPOUSE' then 1"
                        + " when 'CHILD' then 2 else 3 end, birth_date, id")
                .setParameter(1, ((Number) me.get(0)[1]).longValue()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> past = em.createNativeQuery(
                        "select address, moved_in, moved_out from resident_address where resident_id = ?1"
                                + " order by moved_in desc")
                .setParameter(1, residentId).getResultList();
        return Optional.of(new Household((String) me.get(0)[2],
                members.stream().map(m -> new Member((String) m[0], date(m[1]),
                        m[2] == null ? Relationship.OTHER : Relationship.valueOf((String) m[2]), date(m[3]))).toList(),
                past.stream().map(p -> new PastAddress((String) p[0], date(p[1]), date(p[2]))).toList()));
    }

    /**
     * Puts a household in the registry (demo data and tests): the first member is its head. A
     * member the registry does not know yet is added without a national number (never verifiable).
     */
    public void registerHousehold(String address, List<Member> members) {
        long household = ((Number) em.createNativeQuery(
                        "insert into resident_household (address) values (?1) returning id")
                .setParameter(1, address).getSingleResult()).longValue();
        for (Member m : members) {
            int updated = em.createNativeQuery("update resident set household_id = ?1, relationship = ?2, moved_in = ?3"
                            + " where name = ?4 and birth_date = ?5")
                    .setParameter(1, household).setParameter(2, m.relationship().name()).setParameter(3, m.movedIn())
                    .setParameter(4, m.name()).setParameter(5, m.birthDate()).executeUpdate();
            if (updated == 0) {
                byte[] s = new byte[16];
                RANDOM.nextBytes(s);
                em.createNativeQuery("insert into resident (name, birth_date, region, id_salt, id_hash, household_id,"
                                + " relationship, moved_in) values (?1, ?2, 'SEOUL', ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, m.name()).setParameter(2, m.birthDate())
                        .setParameter(3, HexFormat.of().formatHex(s)).setParameter(4, "-")
                        .setParameter(5, household).setParameter(6, m.relationship().name())
                        .setParameter(7, m.movedIn()).executeUpdate();
            }
        }
    }

    /** Records a resident's past address (demo data and tests). */
    public void registerPastAddress(String name, LocalDate birthDate, PastAddress past) {
        em.createNativeQuery("insert into resident_address (resident_id, address, moved_in, moved_out)"
                        + " select id, ?1, ?2, ?3 from resident where name = ?4 and birth_date = ?5")
                .setParameter(1, past.address()).setParameter(2, past.movedIn()).setParameter(3, past.movedOut())
                .setParameter(4, name).setParameter(5, birthDate).executeUpdate();
    }

    public boolean hasHouseholds() {
        return ((Number) em.createNativeQuery("select count(*) from resident_household").getSingleResult()).longValue() > 0;
    }

    private static LocalDate date(Object v) {
        return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }

    /** Adds a resident (demo data and tests); the number is hashed here and never stored. */
    public void register(String name, LocalDate birthDate, Region region, ResidentRegistrationNumber number) {
        byte[] s = new byte[16];
        RANDOM.nextBytes(s);
        String salt = HexFormat.of().formatHex(s);
        em.createNativeQuery("insert into resident (name, birth_date, region, id_salt, id_hash) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, name).setParameter(2, birthDate).setParameter(3, region.name())
                .setParameter(4, salt).setParameter(5, hash(salt, number.digits()))
                .executeUpdate();
    }

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from resident").getSingleResult()).longValue();
    }

    static String hash(String salt, String digits) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.US_ASCII));
            sha.update(digits.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

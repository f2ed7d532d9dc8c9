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

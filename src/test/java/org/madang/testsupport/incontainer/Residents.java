package org.madang.testsupport.incontainer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.ResidentRegistrationNumber;
import org.madang.identity.infrastructure.ResidentTableRegistry;

import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * Adds residents to the built-in registry for in-container tests, each with a new random resident
 * registration number, so that tests never verify the same identity twice (one identity verifies
 * one account) and can run again on the same database.
 *
 * <pre>
 * &#64;Inject Residents residents;
 * String number = residents.add("홍길동", LocalDate.of(1990, 1, 2), Region.SEOUL);
 * </pre>
 */
@ApplicationScoped
public class Residents {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ResidentTableRegistry registry;
    @Resource
    UserTransaction tx;

    /** A new resident with these details; returns their number as typed ("YYMMDD-NNNNNNN"). */
    public String add(String name, LocalDate birthDate, Region region) {
        String number = newNumber(birthDate);
        try {
            tx.begin();
            registry.register(name, birthDate, region, ResidentRegistrationNumber.parse(number, birthDate));
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("could not add a test resident", e);
        }
        return number;
    }

    /** A well-formed number for this birth date whose last six digits are random (one in a million to repeat). */
    public static String newNumber(LocalDate birthDate) {
        boolean female = RANDOM.nextBoolean();
        int century = birthDate.getYear() >= 2000 ? (female ? 4 : 3) : (female ? 2 : 1);
        return String.format("%02d%02d%02d-%d%06d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), century, RANDOM.nextInt(1_000_000));
    }
}

package org.madang.identity.domain;

import java.time.LocalDate;

/**
 * Port to the resident registry (주민등록 전산정보). The built-in adapter answers from a local
 * table; a production deployment plugs in the real registry link behind the same question:
 * "is there a resident with this name, birth date, region and number?" — yes or no, nothing more.
 */
public interface ResidentRegistry {
    boolean matches(String name, LocalDate birthDate, Region region, ResidentRegistrationNumber number);
}

package org.madang.identity.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Port to the resident registry (주민등록 전산정보). The built-in adapter answers from a local
 * table; a production deployment plugs in the real registry link behind the same question:
 * "is there a resident with this name, birth date, region and number?" — yes or no, nothing more.
 */
public interface ResidentRegistry {
    boolean matches(String name, LocalDate birthDate, Region region, ResidentRegistrationNumber number);

    /**
     * The registry's own record of a resident (주민등록표 초본의 기본 사항), for administrative
     * information sharing: what the registry says today, never the national number.
     */
    Optional<RegisteredResident> lookUp(String name, LocalDate birthDate, Region region);

    /** A resident as the registry records them. */
    record RegisteredResident(String name, LocalDate birthDate, Region region) {
    }
}

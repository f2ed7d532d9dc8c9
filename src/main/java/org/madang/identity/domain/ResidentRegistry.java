package org.madang.identity.domain;

import java.time.LocalDate;
import java.util.List;
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

    /**
     * The household a resident belongs to, as 주민등록표 등본 shows it: its address, the head and
     * members with their relationship and move-in date, and this resident's past addresses (newest
     * first). Empty when the registry knows no such resident or no household for them.
     */
    Optional<Household> household(String name, LocalDate birthDate, Region region);

    /** A resident as the registry records them. */
    record RegisteredResident(String name, LocalDate birthDate, Region region) {
    }

    /** Relationship to the head of the household (세대주와의 관계). */
    enum Relationship { HEAD, SPOUSE, CHILD, PARENT, SIBLING, OTHER }

    record Household(String address, List<Member> members, List<PastAddress> pastAddresses) {
        public Household {
            members = List.copyOf(members);
            pastAddresses = List.copyOf(pastAddresses);
        }
    }

    record Member(String name, LocalDate birthDate, Relationship relationship, LocalDate movedIn) {
    }

    record PastAddress(String address, LocalDate movedIn, LocalDate movedOut) {
    }
}

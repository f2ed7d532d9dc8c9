package org.madang.identity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The family relations register (가족관계등록부), kept by the courts, as the portal reads it for the
 * basic certificate (기본증명서) and the family relationship certificate (가족관계증명서): a person's
 * registered domicile (등록기준지), birth date and sex, and their parents, spouse and children.
 */
public interface FamilyRegister {

    /** The register's record of one person; empty when it knows no such person. */
    Optional<FamilyRecord> record(String name, LocalDate birthDate);

    enum Sex { MALE, FEMALE }

    /** How a relative stands to the person, as the family relationship certificate lists them. */
    enum Kind { FATHER, MOTHER, SPOUSE, CHILD }

    record Person(String name, LocalDate birthDate, Sex sex) {
    }

    record Relative(Kind kind, Person person) {
    }

    /** The person, their registered domicile and their relatives (parents, spouse, then children by age). */
    record FamilyRecord(String domicile, Person person, List<Relative> relatives) {
        public FamilyRecord {
            relatives = List.copyOf(relatives);
        }
    }
}

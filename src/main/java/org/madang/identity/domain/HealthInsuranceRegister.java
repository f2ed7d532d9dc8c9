package org.madang.identity.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The National Health Insurance Service's record of a person's coverage, as the portal reads it
 * for the eligibility certificate (건강보험 자격득실확인서): each period of coverage, as an employee
 * (직장가입자), a local subscriber (지역가입자) or a dependant (피부양자), with the employer or
 * household it went through, and when it was acquired and lost.
 */
public interface HealthInsuranceRegister {

    /** The person's periods of coverage, oldest first; empty when the register knows none. */
    List<Coverage> coverages(String name, LocalDate birthDate);

    enum Kind { WORKPLACE, LOCAL, DEPENDANT }

    /** One period; {@code lost} is null while it lasts. */
    record Coverage(Kind kind, String through, LocalDate acquired, LocalDate lost) {
    }
}

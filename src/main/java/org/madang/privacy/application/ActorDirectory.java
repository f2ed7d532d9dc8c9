package org.madang.privacy.application;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A port, implemented by identity: the names behind the numbers in the access log (departments,
 * agencies, readers) and who the privacy officers of an agency are. Read in official capacity only:
 * an officer's name and workplace, never their private details.
 */
public interface ActorDirectory {
    Optional<Unit> department(long departmentId);

    Optional<Unit> agency(String agencyCode);

    /** A reader by their access-log actor id (the account number); their current name and department. */
    Optional<Actor> actor(String actorId);

    /** Account numbers of the PRIVACY_OFFICERs who work in the agency. */
    List<Long> privacyOfficers(String agencyCode);

    /** An agency, or one department of it (the department fields are then set). */
    record Unit(String agencyCode, String agencyNameKo, String agencyNameEn, Long departmentId,
                String departmentNameKo, String departmentNameEn) implements Serializable {
        public String agencyName(Locale locale) {
            return "en".equals(locale.getLanguage()) ? agencyNameEn : agencyNameKo;
        }

        public String departmentName(Locale locale) {
            if (departmentId == null) {
                return "";
            }
            return "en".equals(locale.getLanguage()) ? departmentNameEn : departmentNameKo;
        }
    }

    record Actor(String actorId, String name, Long departmentId) implements Serializable {
    }
}

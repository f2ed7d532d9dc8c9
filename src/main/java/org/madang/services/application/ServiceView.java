package org.madang.services.application;

import org.madang.services.domain.LifeEvent;
import org.madang.services.domain.ProcessingPeriod;
import org.madang.services.domain.RegistrationKind;
import org.madang.services.domain.ServiceCategory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A catalogue entry as every part of the portal reads it (catalogue pages, applications, the API).
 * Names are in both languages; {@code departmentId} is the identity context's department that
 * processes applications for it.
 */
public record ServiceView(long id, String code, ServiceCategory category, Set<LifeEvent> lifeEvents,
                          String nameKo, String nameEn, String summaryKo, String summaryEn,
                          String eligibilityKo, String eligibilityEn, List<String> documentsKo,
                          List<String> documentsEn, BigDecimal fee, ProcessingPeriod period, String agencyCode,
                          long departmentId, String howToApplyKo, String howToApplyEn, boolean onlineApplication,
                          boolean instantIssuance, String documentTypeKey, List<String> rejectionGroundKeys,
                          boolean requiresVerifiedResident, List<RejectionGround> rejectionGrounds, String source,
                          RegistrationKind registrationKind, String registrationPrefix)
        implements Serializable {

    /** A legal ground on which an officer may reject an application for this service (key + both texts). */
    public record RejectionGround(String key, String textKo, String textEn) implements Serializable {
        public String text(String lang) {
            return "en".equals(lang) ? textEn : textKo;
        }
    }

    public ServiceView {
        lifeEvents = lifeEvents == null ? Set.of() : Set.copyOf(lifeEvents);
        documentsKo = documentsKo == null ? List.of() : List.copyOf(documentsKo);
        documentsEn = documentsEn == null ? List.of() : List.copyOf(documentsEn);
        rejectionGrounds = rejectionGrounds == null ? List.of() : List.copyOf(rejectionGrounds);
        // the grounds are the truth; the keys are kept for the code that only needs them
        rejectionGroundKeys = rejectionGrounds.stream().map(RejectionGround::key).toList();
    }

    /**
     * The shape this record had before the rejection grounds carried their texts; kept so code
     * written against it still compiles (the grounds then have their key as their only text).
     */
    public ServiceView(long id, String code, ServiceCategory category, Set<LifeEvent> lifeEvents,
                       String nameKo, String nameEn, String summaryKo, String summaryEn,
                       String eligibilityKo, String eligibilityEn, List<String> documentsKo,
                       List<String> documentsEn, BigDecimal fee, ProcessingPeriod period, String agencyCode,
                       long departmentId, String howToApplyKo, String howToApplyEn, boolean onlineApplication,
                       boolean instantIssuance, String documentTypeKey, List<String> rejectionGroundKeys,
                       boolean requiresVerifiedResident) {
        this(id, code, category, lifeEvents, nameKo, nameEn, summaryKo, summaryEn, eligibilityKo, eligibilityEn,
                documentsKo, documentsEn, fee, period, agencyCode, departmentId, howToApplyKo, howToApplyEn,
                onlineApplication, instantIssuance, documentTypeKey, rejectionGroundKeys, requiresVerifiedResident,
                rejectionGroundKeys == null ? List.of()
                        : rejectionGroundKeys.stream().map(k -> new RejectionGround(k, k, k)).toList(), null, null,
                null);
    }

    public boolean hasFee() {
        return fee != null && fee.signum() > 0;
    }

    /** The name in the viewer's language ("ko" or "en"). */
    public String name(String lang) {
        return en(lang) ? nameEn : nameKo;
    }

    public String summary(String lang) {
        return en(lang) ? summaryEn : summaryKo;
    }

    public String eligibility(String lang) {
        return en(lang) ? eligibilityEn : eligibilityKo;
    }

    public String howToApply(String lang) {
        return en(lang) ? howToApplyEn : howToApplyKo;
    }

    public List<String> documents(String lang) {
        return en(lang) ? documentsEn : documentsKo;
    }

    /** The ground with this key, if the service has it (what an officer's rejection must cite). */
    public java.util.Optional<RejectionGround> rejectionGround(String key) {
        return rejectionGrounds.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    private static boolean en(String lang) {
        return "en".equals(lang);
    }
}

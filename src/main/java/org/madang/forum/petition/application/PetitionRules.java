package org.madang.forum.petition.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.forum.petition.domain.AgencyRule;
import org.madang.forum.petition.domain.AnswerRule;
import org.madang.forum.petition.infrastructure.PetitionRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;

/**
 * Each agency's answer threshold and deadline: its own row, else the portal's defaults
 * ({@code MADANG_PETITION_ANSWER_THRESHOLD}, {@code MADANG_PETITION_ANSWER_DAYS}). Public to read
 * (petition pages show them); changed by administrators.
 */
@Stateless
public class PetitionRules {
    @Inject
    PetitionRepository repo;
    @Inject
    ForumAgencies agencies;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "MADANG_PETITION_ANSWER_THRESHOLD", defaultValue = "50000")
    int defaultThreshold;
    @Inject
    @ConfigProperty(name = "MADANG_PETITION_ANSWER_DAYS", defaultValue = "30")
    int defaultDays;

    @PermitAll
    public AnswerRule ruleOf(String agencyCode) {
        return repo.rule(agencyCode).map(AgencyRule::rule).orElseGet(() -> new AnswerRule(defaultThreshold, defaultDays));
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("petition.rule.set")
    public void set(@AuditTarget("agency") String agencyCode, int threshold, int days) {
        if (agencies.find(agencyCode).isEmpty()) {
            throw new NotFound("petition.agencyUnknown").onField("agency");
        }
        AnswerRule rule = new AnswerRule(threshold, days);
        Instant now = Instant.now(clock);
        repo.rule(agencyCode).ifPresentOrElse(r -> r.change(rule, now), () -> repo.add(new AgencyRule(agencyCode, rule, now)));
    }
}

package org.madang.services.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.privacy.PersonalData;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.privacy.PurposeReference;
import org.madang.platform.security.Roles;
import org.madang.services.domain.Application;
import org.madang.services.domain.ApplicationNote;
import org.madang.services.domain.CaseActor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the knowledge context needs of a case, for an officer of its department: the service and the
 * words to look for articles with (the answers and the last internal notes: a read of the
 * applicant's data, logged for them), and the timeline line recording an article used for it.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class CaseKnowledgeLinks {
    static final int NOTES = 3;

    /** A case's service and its text, for finding knowledge articles; never shown as such. */
    public record CaseSubject(String number, long serviceId, long applicantId, String text) implements PersonalData {
        @Override
        public long dataSubjectId() {
            return applicantId;
        }
    }

    @Inject
    ApplicationFiling filing;
    @Inject
    CaseWorkers workers;
    @Inject
    Catalogue catalogue;
    @Inject
    Clock clock;

    @PersonalDataAccess(purpose = "services.case.knowledgePurpose", fields = {"answers", "notes"})
    public CaseSubject subject(@PurposeReference @NotBlank String number) {
        Application a = filing.caseOf(number, workers.me());
        List<String> words = new ArrayList<>();
        catalogue.find(a.getServiceId()).ifPresent(s -> words.add(s.nameKo()));
        words.addAll(a.getAnswers().values());
        List<ApplicationNote> notes = a.getNotes();
        notes.subList(Math.max(0, notes.size() - NOTES), notes.size()).forEach(n -> words.add(n.getText()));
        return new CaseSubject(a.reference(), a.getServiceId(), a.getApplicantId(), String.join("\n", words));
    }

    /** The case's number as the portal writes it, for an officer of its department (nothing else about it). */
    public String reference(@NotBlank String number) {
        return filing.caseOf(number, workers.me()).reference();
    }

    /** The department's timeline records the article (its title and number) used for the case. */
    @Audited("case.knowledgeUsed")
    public void recordKnowledgeUsed(@AuditTarget("application") @NotBlank String number,
                                    @NotBlank @Size(max = 2000) String article) {
        CaseActor me = workers.me();
        filing.caseOf(number, me).knowledgeUsed(me, article, Instant.now(clock));
    }
}

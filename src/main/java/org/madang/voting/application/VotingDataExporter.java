package org.madang.voting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.Trustee;
import org.madang.voting.domain.Voter;
import org.madang.voting.infrastructure.ElectionRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Voting's part of "download my data": the elections whose roll the person was on, whether and when
 * they voted — never how: the portal holds only the encrypted ballot, which it cannot read — and
 * the elections they served as a trustee. The public credential is theirs and links them to their
 * ballots on the public board, so it is included (the private credential was never kept).
 */
@Stateless
@Local(PersonalDataExporter.class)
@RolesAllowed(Roles.CITIZEN)
public class VotingDataExporter implements PersonalDataExporter {
    static final String LABELS = "privacy.export.field.";

    @Inject
    ElectionRepository elections;
    @Inject
    CurrentUser currentUser;

    @Override
    public List<ExportSection> export(long accountId) {
        PersonalDataExporter.requireHolder(currentUser.accountId(), accountId);
        List<Map<String, Object>> rolls = new ArrayList<>();
        for (Object[] row : elections.rollsOf(accountId)) {
            Voter v = (Voter) row[0];
            Election e = (Election) row[1];
            rolls.add(ExportSection.record().put("election", e.getName()).put("electionId", e.getUuid())
                    .put("credentialSentAt", v.getCredentialSentAt()).put("voted", v.getLastCastAt() != null)
                    .put("lastBallotAt", v.getLastCastAt()).put("publicCredential", v.getCredential()).build());
        }
        List<Map<String, Object>> trusteeships = new ArrayList<>();
        for (Trustee t : elections.trusteeshipsOf(accountId)) {
            trusteeships.add(ExportSection.record().put("election", t.getElection().getName())
                    .put("electionId", t.getElection().getUuid()).put("decryptedAt", t.getDecryptedAt()).build());
        }
        return List.of(new ExportSection("elections", "privacy.export.section.elections", LABELS, rolls),
                new ExportSection("trusteeships", "privacy.export.section.trusteeships", LABELS, trusteeships));
    }
}

package org.madang.voting.application.poll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;
import org.madang.voting.domain.poll.Consultation;
import org.madang.voting.infrastructure.poll.PollRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Polls' part of "download my data": which polls and budgets the person took part in. Never what
 * they chose — the portal cannot tell, since the choices are stored without the account — and no
 * time, which is not kept either.
 */
@Stateless
@Local(PersonalDataExporter.class)
@RolesAllowed(Roles.CITIZEN)
public class PollDataExporter implements PersonalDataExporter {
    static final String LABELS = "privacy.export.field.";

    @Inject
    PollRepository repo;
    @Inject
    CurrentUser currentUser;

    @Override
    public List<ExportSection> export(long accountId) {
        if (currentUser.accountId() != accountId) {
            throw new Forbidden("privacy.accessLog.notYours");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        repo.pollsTakenPartIn(accountId).stream().map(repo::get)
                .sorted(Comparator.comparing(Consultation::getClosesAt))
                .forEach(c -> rows.add(ExportSection.record()
                        .put("pollNumber", c.getId())
                        .put("pollKind", c.kind())
                        .put("pollTitle", c.getTitleKo())
                        .put("pollTitleEn", c.getTitleEn())
                        .put("pollClosesAt", c.getClosesAt())
                        .put("pollStatus", c.getStatus().name())
                        .build()));
        return List.of(new ExportSection("polls", "privacy.export.section.polls", LABELS, rows));
    }
}

package org.madang.disclosure.request.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.infrastructure.DisclosureRequestRepository;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Disclosure requests' part of "download my data": every request the person made, in full. */
@Stateless
@Local(PersonalDataExporter.class)
@RolesAllowed(Roles.CITIZEN)
public class RequestDataExporter implements PersonalDataExporter {
    static final String LABELS = "privacy.export.field.";
    static final int MAX = 10_000;

    @Inject
    DisclosureRequestRepository requests;
    @Inject
    CurrentUser currentUser;

    @Override
    public List<ExportSection> export(long accountId) {
        PersonalDataExporter.requireHolder(currentUser.accountId(), accountId);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DisclosureRequest r : requests.ofRequester(accountId, MAX)) {
            rows.add(ExportSection.record()
                    .put("requestNumber", r.getNumberText())
                    .put("requestSubject", r.getDetails().getSubject())
                    .put("requestDescription", r.getDetails().getDescription())
                    .put("requestSubjectPrivate", r.getDetails().isSubjectPrivate())
                    .put("requestReceivedAt", r.getReceivedAt())
                    .put("requestStatus", r.getStatus().name())
                    .put("requestDecision", r.getDecision() == null ? null : r.getDecision().name())
                    .put("requestDecidedOn", r.getDecidedOn())
                    .put("requestObjection", r.getObjection() == null ? null : r.getObjection().getReason())
                    .build());
        }
        return List.of(new ExportSection("disclosureRequests", "privacy.export.section.disclosureRequests", LABELS, rows));
    }
}

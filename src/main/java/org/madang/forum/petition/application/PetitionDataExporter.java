package org.madang.forum.petition.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.infrastructure.PetitionRepository;
import org.madang.platform.error.Forbidden;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExporter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Petitions' part of "download my data": the petitions the person started, sponsored and supports now. */
@Stateless
@Local(PersonalDataExporter.class)
@RolesAllowed(Roles.CITIZEN)
public class PetitionDataExporter implements PersonalDataExporter {
    static final String LABELS = "privacy.export.field.";

    @Inject
    ForumAgencies agencies;
    @Inject
    PetitionRepository repo;
    @Inject
    CurrentUser currentUser;

    @Override
    public List<ExportSection> export(long accountId) {
        if (currentUser.accountId() != accountId) {
            throw new Forbidden("privacy.accessLog.notYours");
        }
        List<Map<String, Object>> started = new ArrayList<>();
        for (Petition p : repo.byAuthor(accountId)) {
            started.add(ExportSection.record().put("petitionNumber", p.getId()).put("petitionTitle", p.getTitle())
                    .put("petitionText", p.getText()).put("petitionAgency", agencyName(p.getAgencyCode()))
                    .put("petitionCreatedAt", p.getCreatedAt()).put("petitionPublishedAt", p.getPublishedAt()).build());
        }
        List<Map<String, Object>> sponsored = new ArrayList<>();
        for (PetitionRepository.Act a : repo.sponsoredBy(accountId)) {
            sponsored.add(ExportSection.record().put("petitionNumber", a.petitionId()).put("petitionTitle", a.title())
                    .put("petitionActedAt", a.at()).build());
        }
        List<Map<String, Object>> supported = new ArrayList<>();
        for (PetitionRepository.Act a : repo.supportsOf(accountId)) {
            supported.add(ExportSection.record().put("petitionNumber", a.petitionId()).put("petitionTitle", a.title())
                    .put("petitionActedAt", a.at()).build());
        }
        return List.of(new ExportSection("petitions", "privacy.export.section.petitions", LABELS, started),
                new ExportSection("petitionSponsorships", "privacy.export.section.petitionSponsorships", LABELS, sponsored),
                new ExportSection("petitionSupports", "privacy.export.section.petitionSupports", LABELS, supported));
    }

    /** The agency in words, both languages as the other sections give them (never its code). */
    private String agencyName(String code) {
        ForumAgencies.AgencyName n = agencies.nameOf(code);
        return n.ko().equals(n.en()) ? n.ko() : n.ko() + " / " + n.en();
    }
}

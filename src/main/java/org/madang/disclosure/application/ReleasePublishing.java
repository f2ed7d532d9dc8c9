package org.madang.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.madang.disclosure.domain.Licence;
import org.madang.disclosure.domain.Publication;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationDetails;
import org.madang.disclosure.domain.PublicationType;
import org.madang.disclosure.domain.StoredFile;
import org.madang.disclosure.infrastructure.PublicationFileIntake;
import org.madang.disclosure.infrastructure.PublicationRepository;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;

/**
 * The entry point for disclosure requests (정보공개 청구): a file released to a requester is
 * published for everyone, linked to the request, in the deciding department's name. The
 * personal-data check applies as to any file: with findings the item stays a draft for that
 * department's publisher to confirm or replace (the answer says which).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.PUBLISHER})
public class ReleasePublishing {
    @Inject
    PublicationRepository repo;
    @Inject
    PublicationFileIntake intake;
    @Inject
    OrganisationNames names;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    /** What issue 13 hands over: the request, the department that decided it, the released file. */
    public record ReleasedFile(@NotBlank String requestReference, long departmentId, @NotBlank String titleKo,
                               @NotBlank String titleEn, String summaryKo, String summaryEn, String legalBasis,
                               @NotNull Upload file) {
    }

    /** The publication made, and whether it is public now or waits as a draft (personal data found). */
    public record Released(long publicationId, boolean published) {
    }

    @Audited("open.publishRelease")
    public Released publishReleased(@NotNull ReleasedFile r) {
        String agency = names.agencyOfDepartment(r.departmentId())
                .orElseThrow(() -> new InvalidInput("open.publish.departmentRequired").onField("department"));
        Instant now = Instant.now(clock);
        var details = new PublicationDetails(PublicationType.DOCUMENT, PublicationCategory.RELEASE, r.titleKo(),
                r.titleEn(), blankTo(r.summaryKo(), r.titleKo()), blankTo(r.summaryEn(), r.titleEn()), r.legalBasis(),
                null, Licence.KOGL_1);
        StoredFile stored = intake.take(r.file().fileName(), r.file().bytes());
        Publication p = repo.add(new Publication(details, agency, r.departmentId(), stored, currentUser.actorId(), now));
        p.answerRequest(r.requestReference());
        boolean published = !p.current().blocksPublication();
        if (published) {
            p.publish(null, now, zone);
        }
        repo.changed(p);
        return new Released(p.getId(), published);
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}

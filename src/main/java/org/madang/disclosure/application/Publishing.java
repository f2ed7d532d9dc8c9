package org.madang.disclosure.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.madang.disclosure.application.OpenViews.OfficeLine;
import org.madang.disclosure.application.OpenViews.OfficeView;
import org.madang.disclosure.application.OpenViews.PublicationView;
import org.madang.disclosure.application.OpenViews.RelatedView;
import org.madang.disclosure.domain.Publication;
import org.madang.disclosure.domain.PublicationVersion;
import org.madang.disclosure.domain.StoredFile;
import org.madang.disclosure.infrastructure.PublicationFileIntake;
import org.madang.disclosure.infrastructure.PublicationRepository;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A department's publisher uploads, previews, publishes (now or from a date), replaces with a new
 * version and withdraws, always for their own department. Each change is audited
 * (open.draft / open.publish / open.replace / open.withdraw …) and reindexed in its transaction.
 */
@Stateless
@RolesAllowed(Roles.PUBLISHER)
public class Publishing {
    private static final int PREVIEW_CHARS = 3000;

    @Inject
    PublicationRepository repo;
    @Inject
    PublicationFileIntake intake;
    @Inject
    OrganisationNames names;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    /** Saves a draft with its file (checked, read and scanned for personal data) and returns its id. */
    @Audited("open.draft")
    public long draft(@NotNull PublicationForm form, @NotNull Upload file) {
        long department = myDepartment();
        String agency = names.agencyOfDepartment(department)
                .orElseThrow(() -> new Forbidden("open.publisher.noDepartment"));
        var details = form.details();
        StoredFile stored = intake.take(file.fileName(), file.bytes());
        Publication p = repo.add(new Publication(details, agency, department, stored, currentUser.actorId(),
                Instant.now(clock)));
        repo.changed(p);
        return p.getId();
    }

    @Audited("open.describe")
    public void describe(@AuditTarget("publication") long id, @NotNull PublicationForm form) {
        Publication p = mine(id);
        p.describe(form.details());
        repo.changed(p);
    }

    @Audited("open.replaceDraft")
    public void replaceDraftFile(@AuditTarget("publication") long id, @NotNull Upload file) {
        Publication p = mine(id);
        StoredFile stored = intake.take(file.fileName(), file.bytes());
        intake.forget(p.replaceDraftFile(stored, currentUser.actorId(), Instant.now(clock)));
        repo.changed(p);
    }

    /** The publisher confirms that the personal data the check found may be published. */
    @Audited("open.confirmPersonalData")
    public void confirmPersonalData(@AuditTarget("publication") long id) {
        Publication p = mine(id);
        p.confirmPersonalData(currentUser.actorId(), Instant.now(clock));
        repo.changed(p);
    }

    /** Publishes now ({@code at} null) or from a future moment. */
    @Audited("open.publish")
    public void publish(@AuditTarget("publication") long id, Instant at) {
        Instant now = Instant.now(clock);
        if (at != null && at.isBefore(now.minus(Duration.ofMinutes(1)))) {
            throw new InvalidInput("open.publish.atInPast").onField("publishAt");
        }
        Publication p = mine(id);
        p.publish(at != null && at.isAfter(now) ? at : null, now, zone);
        repo.changed(p);
    }

    /** A new file for a published item; personal data found in it must be confirmed in the same step. */
    @Audited("open.replace")
    public void newVersion(@AuditTarget("publication") long id, @NotNull Upload file, String reason,
                           boolean personalDataConfirmed) {
        Publication p = mine(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("open.version.reasonRequired").onField("reason");
        }
        StoredFile stored = intake.take(file.fileName(), file.bytes());
        p.newVersion(stored, reason, personalDataConfirmed, currentUser.actorId(), Instant.now(clock));
        repo.changed(p);
    }

    @Audited("open.withdraw")
    public void withdraw(@AuditTarget("publication") long id, String reason) {
        Publication p = mine(id);
        p.withdraw(reason, Instant.now(clock));
        repo.changed(p);
    }

    @Audited("open.relate")
    public void relate(@AuditTarget("publication") long id, long relatedId) {
        Publication p = mine(id);
        repo.find(relatedId).orElseThrow(() -> new InvalidInput("open.related.unknown").onField("related"));
        p.relateTo(relatedId);
        repo.changed(p);
    }

    /** The department's items, newest change first. */
    public List<OfficeLine> list() {
        Instant now = Instant.now(clock);
        return repo.ofDepartment(myDepartment(), 500).stream().map(p -> OfficeLine.of(p, now)).toList();
    }

    /** The preview: the page as readers will see it, what the check found, and the start of the text read. */
    public OfficeView preview(long id) {
        Publication p = mine(id);
        Instant now = Instant.now(clock);
        List<RelatedView> related = new ArrayList<>();
        for (Long rid : p.getRelatedIds()) {
            repo.find(rid).ifPresent(o -> related.add(new RelatedView(o.getId(), o.getTitleKo(), o.getTitleEn())));
        }
        PublicationVersion v = p.current();
        String text = v.getExtractedText();
        return new OfficeView(PublicationView.of(p, names, related, now), v.getFindings().residentNumbers(),
                v.getFindings().phoneNumbers(), v.getFindings().emailAddresses(),
                v.getPersonalDataConfirmedBy() != null, v.blocksPublication(),
                text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) : text);
    }

    public long maxFileBytes() {
        return intake.maxBytes();
    }

    /** The caller's department, as identity knows it (a publisher is an officer of one department). */
    private long myDepartment() {
        try {
            return organisations.myDepartment().department().id();
        } catch (Forbidden noDepartment) {
            throw new Forbidden("open.publisher.noDepartment");
        }
    }

    /** An item of the caller's department; another department's is "not found", as if it did not exist. */
    private Publication mine(long id) {
        Publication p = repo.get(id);
        if (p.getDepartmentId() != myDepartment()) {
            throw new org.madang.platform.error.NotFound("open.publication.notFound");
        }
        return p;
    }
}

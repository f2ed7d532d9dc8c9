package org.madang.disclosure.request.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.madang.disclosure.application.Upload;
import org.madang.disclosure.infrastructure.PublicationFileIntake;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.NonDisclosureGround;
import org.madang.disclosure.request.domain.RedactionCheck;
import org.madang.disclosure.request.domain.Release;
import org.madang.disclosure.domain.StoredFile;
import org.madang.disclosure.request.domain.RequestOfficer;
import org.madang.disclosure.request.infrastructure.DisclosureRequestRepository;
import org.madang.disclosure.request.infrastructure.RedactedPdf;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.Roles;

import java.util.List;
import java.util.logging.Logger;

/**
 * Releases what was disclosed: the officer uploads the redacted PDF and names each withheld text
 * with its ground; the file is refused while any withheld text can still be read in it; otherwise
 * it is published into /open/ as a publication linked to the request (ReleasePublishing), and the
 * public page shows each withheld part as "[withheld: ground N]". The texts are never stored.
 * When the information is the requester's own personal data, {@link #releasePrivately} keeps the
 * file for the requester alone (their request page offers it) and publishes nothing.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
public class Releasing {
    private static final Logger LOG = Logger.getLogger(Releasing.class.getName());
    public static final int MAX_PARTS = 20;

    @Inject
    DisclosureRequestRepository requests;
    @Inject
    RequestOfficers officers;
    @Inject
    RequestCalendar calendar;
    @Inject
    ReleasePublication publication;
    @Inject
    PublicationFileIntake files;
    @Inject
    RequestNotices notices;
    @Inject
    RequestStatistics statistics;

    public long maxFileBytes() {
        return files.maxBytes();
    }

    /**
     * Returns the publication made, or 0 when the fee is still owed: then the file is kept, refused
     * to everyone, and published when the payment is recorded (DisclosureQueue.recordFeePayment).
     */
    @Audited("disclosureRequest.release")
    public long release(@AuditTarget("disclosureRequest") @NotBlank String number, @NotNull Upload file,
                        @NotNull List<WithheldPart> parts) {
        RequestOfficer me = officers.me();
        DisclosureRequest r = requests.get(number);
        List<NonDisclosureGround> grounds = checked(r, me, file, parts);
        if (r.getFee().isOutstanding()) {
            StoredFile stored = files.take(file.fileName(), file.bytes());
            r.releasedAwaitingFee(me, new Release.PrivateFile(stored.fileName(), stored.storageKey(),
                    stored.format().contentType()), grounds, calendar.calendar(), calendar.now());
            statistics.record(r);
            notices.tell(r, "releasedAwaitingFee", r.getFee().getTotal().toPlainString(), r.getFee().getReference());
            return 0;
        }
        long publicationId = publication.publish(r, file, grounds);
        r.released(me, publicationId, grounds, calendar.calendar(), calendar.now());
        statistics.record(r);
        notices.tell(r, "released", String.valueOf(publicationId));
        return publicationId;
    }

    /**
     * Disclosure to the person concerned: the same checks, then the file is stored for the
     * requester alone, published nowhere; the public log says only that it was released privately.
     */
    @Audited("disclosureRequest.releasePrivately")
    public void releasePrivately(@AuditTarget("disclosureRequest") @NotBlank String number, @NotNull Upload file,
                                 @NotNull List<WithheldPart> parts) {
        RequestOfficer me = officers.me();
        DisclosureRequest r = requests.get(number);
        List<NonDisclosureGround> grounds = checked(r, me, file, parts);
        // their own personal data is expected in it: the personal-data scan's findings do not hold it back
        StoredFile stored = files.take(file.fileName(), file.bytes());
        r.releasedPrivately(me, new Release.PrivateFile(stored.fileName(), stored.storageKey(),
                stored.format().contentType()), grounds, calendar.calendar(), calendar.now());
        statistics.record(r);
        if (r.getRelease().isHeldForFee()) {
            notices.tell(r, "releasedAwaitingFee", r.getFee().getTotal().toPlainString(), r.getFee().getReference());
        } else {
            notices.tell(r, "releasedPrivately");
        }
    }

    /** The release's checks: the request may be released now, the parts are named, no withheld text is left. */
    private List<NonDisclosureGround> checked(DisclosureRequest r, RequestOfficer me, Upload file, List<WithheldPart> parts) {
        List<WithheldPart> given = parts.stream().filter(p -> p.text() != null && !p.text().isBlank()).toList();
        if (given.size() > MAX_PARTS) {
            throw new InvalidInput("disclosure.request.withheld.tooMany", MAX_PARTS).onField("withheld1");
        }
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).ground() == null) {
                throw new InvalidInput("disclosure.request.withheld.groundRequired", i + 1).onField("withheld1");
            }
        }
        List<NonDisclosureGround> grounds = given.stream().map(WithheldPart::ground).toList();
        r.checkRelease(me, grounds, calendar.calendar(), calendar.now());
        String text = RedactedPdf.text(file.fileName(), file.bytes());
        if (!given.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidInput("disclosure.request.release.noText").onField("releaseFile");
        }
        List<Integer> left = RedactionCheck.stillPresent(text, given.stream().map(WithheldPart::text).toList());
        if (!left.isEmpty()) {
            LOG.info(() -> "disclosure release refused: " + left.size() + " withheld part(s) still in the file");
            throw new InvalidInput("disclosure.request.redaction.stillThere",
                    String.join(", ", left.stream().map(String::valueOf).toList())).onField("releaseFile");
        }
        return grounds;
    }
}

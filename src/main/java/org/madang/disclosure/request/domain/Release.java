package org.madang.disclosure.request.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.BatchSize;
import org.madang.platform.error.Conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The third party's say and the release of what was disclosed: who was notified and until when
 * they may ask for non-disclosure; the release date (the decision's, or 30 days later when a third
 * party's wish was overruled); the publication that holds the released file, or, when the
 * information is the requester's own personal data (disclosure to the person concerned), the file
 * kept for the requester alone; and the grounds of the parts withheld from it. The withheld texts
 * themselves are never kept.
 */
@Embeddable
public class Release {
    /** Agency-internal: the third party is named to officers only. */
    @Column(name = "third_party", length = RequestDetails.SUBJECT_MAX)
    private String thirdParty;
    @Column(name = "third_party_notified_on")
    private LocalDate thirdPartyNotifiedOn;
    @Column(name = "third_party_deadline")
    private LocalDate thirdPartyDeadline;
    @Column(name = "third_party_objected_on")
    private LocalDate thirdPartyObjectedOn;
    @Column(name = "release_on")
    private LocalDate releaseOn;
    @Column(name = "released_on")
    private LocalDate releasedOn;
    @Column(name = "publication_id")
    private Long publicationId;
    /** Released to the requester alone: the file is theirs to download, never published. */
    @Column(name = "private_file_name", length = 255)
    private String privateFileName;
    @Column(name = "private_file_key", length = 200)
    private String privateFileKey;
    @Column(name = "private_file_type", length = 100)
    private String privateFileType;
    /** The file waits for the fee: kept like a private release and refused to everyone until paid. */
    @Column(name = "release_held", nullable = false)
    private boolean heldForFee;
    /** The file waiting for the fee is to be published once it is paid (not the requester's own data). */
    @Column(name = "release_publish", nullable = false)
    private boolean publishAfterFee;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // a page of the public log reads them together
    @CollectionTable(name = "disclosure_request_withheld", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "ground", nullable = false)
    private List<Integer> withheldGrounds = new ArrayList<>();

    Release() {
    }

    void thirdPartyNotified(String who, LocalDate today, DisclosureCalendar calendar) {
        if (thirdPartyNotifiedOn != null) {
            throw new Conflict("disclosure.request.thirdParty.already");
        }
        thirdParty = who;
        thirdPartyNotifiedOn = today;
        thirdPartyDeadline = calendar.thirdPartyDeadline(today);
    }

    void thirdPartyObjected(LocalDate today) {
        if (thirdPartyNotifiedOn == null) {
            throw new Conflict("disclosure.request.thirdParty.notNotified");
        }
        if (thirdPartyObjectedOn != null) {
            throw new Conflict("disclosure.request.thirdParty.alreadyObjected");
        }
        if (today.isAfter(thirdPartyDeadline)) {
            throw new Conflict("disclosure.request.thirdParty.late", thirdPartyDeadline.toString());
        }
        thirdPartyObjectedOn = today;
    }

    /** Disclosed on {@code today}: released at once, or after the 30-day wait against a third party's wish. */
    void decided(LocalDate today, DisclosureCalendar calendar) {
        releaseOn = thirdPartyObjectedOn != null ? calendar.releaseAfterThirdPartyWait(today) : today;
    }

    void checkReleasable(LocalDate today) {
        if (publicationId != null || privateFileKey != null) {
            throw new Conflict("disclosure.request.release.already");
        }
        if (today.isBefore(releaseOn)) {
            throw new Conflict("disclosure.request.release.waiting", releaseOn.toString());
        }
    }

    void released(long publication, List<NonDisclosureGround> withheld, LocalDate today) {
        checkReleasable(today);
        publicationId = publication;
        releasedOn = today;
        withheldGrounds.clear();
        withheld.forEach(g -> withheldGrounds.add(g.number()));
    }

    void releasedPrivately(PrivateFile file, List<NonDisclosureGround> withheld, LocalDate today, boolean held,
                           boolean publish) {
        checkReleasable(today);
        heldForFee = held;
        publishAfterFee = publish;
        privateFileName = file.fileName();
        privateFileKey = file.storageKey();
        privateFileType = file.contentType();
        releasedOn = today;
        withheldGrounds.clear();
        withheld.forEach(g -> withheldGrounds.add(g.number()));
    }

    /** The fee is paid: the file is free; returns whether it waits to be published now. */
    boolean feePaid() {
        boolean publishNow = heldForFee && publishAfterFee && privateFileKey != null;
        heldForFee = false;
        return publishNow;
    }

    /** Published after the fee was paid: the public file replaces the copy kept while it waited. */
    void publishedAfterFee(long publication) {
        if (!publishAfterFee || publicationId != null) {
            throw new Conflict("disclosure.request.release.already");
        }
        publicationId = publication;
        privateFileName = null;
        privateFileKey = null;
        privateFileType = null;
    }

    /** The released file kept for the requester alone: its name, where it is stored, its content type. */
    public record PrivateFile(String fileName, String storageKey, String contentType) {
    }

    /** Released to the requester alone (their own data), not a release waiting for its fee to be published. */
    public boolean isReleasedPrivately() { return privateFileKey != null && !publishAfterFee; }

    public boolean isHeldForFee() { return heldForFee; }

    /** Released, to be published once the fee is paid. */
    public boolean isAwaitingPublication() { return publishAfterFee && publicationId == null && privateFileKey != null; }

    /** Empty unless released privately. */
    public java.util.Optional<PrivateFile> getPrivateFile() {
        return privateFileKey == null ? java.util.Optional.empty()
                : java.util.Optional.of(new PrivateFile(privateFileName, privateFileKey, privateFileType));
    }

    public boolean isThirdPartyNotified() { return thirdPartyNotifiedOn != null; }
    public String getThirdParty() { return thirdParty; }
    public LocalDate getThirdPartyNotifiedOn() { return thirdPartyNotifiedOn; }
    public LocalDate getThirdPartyDeadline() { return thirdPartyDeadline; }
    public LocalDate getThirdPartyObjectedOn() { return thirdPartyObjectedOn; }
    public LocalDate getReleaseOn() { return releaseOn; }
    public LocalDate getReleasedOn() { return releasedOn; }
    public Long getPublicationId() { return publicationId; }

    public List<NonDisclosureGround> getWithheldGrounds() {
        List<NonDisclosureGround> out = new ArrayList<>();
        withheldGrounds.forEach(n -> NonDisclosureGround.of(n).ifPresent(out::add));
        return Collections.unmodifiableList(out);
    }
}

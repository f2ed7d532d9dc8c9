package org.madang.voting.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.error.NotFound;
import org.madang.voting.domain.CastBallot;
import org.madang.voting.domain.Election;
import org.madang.voting.domain.ElectionStatus;
import org.madang.voting.domain.PublicRecord;
import org.madang.voting.domain.belenios.ArchiveVerifier;
import org.madang.voting.domain.belenios.Verdict;
import org.madang.voting.domain.belenios.Workers;
import org.madang.voting.infrastructure.ElectionRepository;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The public side of every election past set-up, for anyone without signing in: its page, the
 * bulletin board of ballot trackers, the archive {@code <uuid>.bel} at any moment, a tracker
 * search, and the portal's own verifier for any archive.
 */
@Stateless
@PermitAll
public class PublicBoard {
    /** Verifying uses both cores; more threads would only slow the pages other people load. */
    static final int VERIFY_THREADS = 2;

    @Inject
    ElectionRepository repo;
    @Resource
    ManagedExecutorService executor;
    @Inject
    Clock clock;

    public List<ElectionViews.Summary> elections() {
        Instant now = Instant.now(clock);
        return repo.published().stream().map(e -> ElectionViews.Summary.of(e, now)).toList();
    }

    public ElectionViews.Details details(String uuid) {
        Election e = published(uuid);
        return ElectionViews.Details.of(e, Instant.now(clock), repo.rollSize(e.getId()), repo.ballotCount(e.getId()),
                repo.votersWhoVoted(e.getId()));
    }

    /** Newest ballots first: {@code max} of those numbered below {@code beforeSeq} (all when null). */
    public List<ElectionViews.BoardEntry> board(String uuid, Integer beforeSeq, int max) {
        Election e = published(uuid);
        return repo.boardPage(e.getId(), beforeSeq, Math.min(Math.max(1, max), 500)).stream()
                .map(ElectionViews.BoardEntry::of).toList();
    }

    public ElectionViews.TrackerCheck checkTracker(String uuid, String tracker) {
        Election e = published(uuid);
        // a tracker is Base64: a '+' that reached us through an unencoded link arrives as a space
        String t = tracker == null ? "" : tracker.strip().replace(' ', '+');
        List<CastBallot> found = t.isEmpty() ? List.of() : repo.byTracker(e.getId(), t);
        if (found.isEmpty()) {
            return new ElectionViews.TrackerCheck(t, false, false, null, null);
        }
        CastBallot b = found.get(0);
        return new ElectionViews.TrackerCheck(t, true, repo.supersededLater(e.getId(), b.getCredential(), b.getSeq()),
                b.getSeq(), b.getCastAt());
    }

    /** The archive as it stands now: a snapshot while voting is open, the full record once finished. */
    public byte[] archive(String uuid) {
        Path f = archiveFile(uuid);
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(f);
        }
    }

    /**
     * The same written to a temporary file, which the caller sends and deletes: an archive is about
     * 8 KB a ballot (830 MB for 100,000), so it never passes through memory, and sending it to a
     * slow client happens outside this transaction.
     */
    public Path archiveFile(String uuid) {
        Election e = published(uuid);
        Path f = null;
        try {
            f = Files.createTempFile("madang-" + uuid + "-", ".bel");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
                PublicRecord.write(e, repo.credentials(e).credentials(), repo.ballotsInOrder(e.getId()), out);
            }
            return f;
        } catch (IOException | RuntimeException ex) {
            delete(f);
            throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
        }
    }

    /** Deletes a file made by {@link #archiveFile} (null is ignored). */
    public static void delete(Path f) {
        if (f != null) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a temporary file: the system's cleaner takes it
            }
        }
    }

    /** The exact election.json bytes, which the booth encrypts against (its hash is in every ballot). */
    public String electionJson(String uuid) {
        return published(uuid).getElectionJson();
    }

    /** The encrypted tally once published (a trustee's browser decrypts it), else NotFound. */
    public String encryptedTally(String uuid) {
        Election e = published(uuid);
        if (e.tally() == null) {
            throw new NotFound("voting.election.notTallied");
        }
        return e.tally().tally().toCanonicalJson();
    }

    public Verdict verify(byte[] bel) {
        return ArchiveVerifier.verify(bel, Workers.on(executor, VERIFY_THREADS));
    }

    private Election published(String uuid) {
        Election e = repo.find(uuid).orElseThrow(() -> new NotFound("voting.election.notFound"));
        if (e.getStatus() == ElectionStatus.SETUP) {
            throw new NotFound("voting.election.notFound");
        }
        return e;
    }
}

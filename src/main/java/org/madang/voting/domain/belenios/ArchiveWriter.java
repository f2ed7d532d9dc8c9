package org.madang.voting.domain.belenios;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a {@code .bel} archive the way Belenios does, one event at a time, so that every state is
 * a valid snapshot ({@link #toBytes()}) and a prefix of every later one (what {@code belenios-tool
 * election verify-diff} checks). It enforces the order of events but not the cryptography: verify
 * ballots and decryptions before adding them.
 */
public final class ArchiveWriter {
    private enum Phase { VOTING, ENDED, TALLIED, DONE }

    private final long timestamp;
    private final int trusteeCount;
    /** Null when the archive goes straight to a stream. */
    private final BelTar.Buffer buffer;
    private final BelTar.Sink out;
    private final Set<Integer> decrypted = new HashSet<>();
    private String lastEvent;
    private int height;
    private Phase phase = Phase.VOTING;

    private ArchiveWriter(long timestamp, int trusteeCount, OutputStream stream) {
        this.timestamp = timestamp;
        this.trusteeCount = trusteeCount;
        this.buffer = stream == null ? new BelTar.Buffer(1 << 16) : null;
        this.out = stream == null ? buffer : BelTar.to(stream);
        BelTar.write(out, "BELENIOS", bytes(ArchivePayloads.header(timestamp)), timestamp);
    }

    /** A new archive holding the setup: election, trustees, public credentials and the Setup event. */
    public static ArchiveWriter create(long timestamp, Election election, Trustees trustees,
                                       PublicCredentials credentials) {
        return create(timestamp, election, trustees, credentials, null);
    }

    /**
     * The same, written to {@code stream} as it goes instead of kept in memory (an election of any
     * size); {@link #toBytes()} is then not available.
     */
    public static ArchiveWriter create(long timestamp, Election election, Trustees trustees,
                                       PublicCredentials credentials, OutputStream stream) {
        ArchiveWriter w = new ArchiveWriter(timestamp, trustees.size(), stream);
        String e = w.data(election.bytes());
        String t = w.data(bytes(trustees.toCanonicalJson()));
        String c = w.data(bytes(credentials.toCanonicalJson()));
        w.event(EventType.Setup, w.data(bytes(new ArchivePayloads.SetupData(e, t, c).toCanonicalJson())));
        return w;
    }

    /** Continues an existing archive (e.g. a snapshot kept while voting is open). */
    public static ArchiveWriter resume(byte[] bel) {
        Archive a = Archive.read(bel);
        if (a.events().isEmpty() || a.events().get(0).event().type() != EventType.Setup) {
            throw new BeleniosException(FailureCode.EVENT_ORDER, "the archive does not start with a Setup event");
        }
        ArchivePayloads.SetupData setup = ArchivePayloads.SetupData.parse(a.text(a.events().get(0).event().payload()));
        ArchiveWriter w = new ArchiveWriter(a.timestamp(), Trustees.parse(a.text(setup.trustees())).size(), null);
        if (firstDifferenceFromCanonical(a) >= 0) {
            throw new BeleniosException(FailureCode.NON_CANONICAL_ARCHIVE, "the archive is not in Belenios' canonical form");
        }
        w.buffer.reset(bel);
        for (Archive.EventRecord r : a.events()) {
            w.replay(r.event(), a);
            w.lastEvent = r.hash();
            w.height++;
        }
        return w;
    }

    private void replay(ArchiveEvent e, Archive a) {
        switch (e.type()) {
            case Setup -> {
                if (e.height() != 0) {
                    throw new BeleniosException(FailureCode.EVENT_ORDER, "a second Setup event");
                }
            }
            case Ballot -> requirePhase(Phase.VOTING);
            case EndBallots -> advance(Phase.VOTING, Phase.ENDED);
            case EncryptedTally -> advance(Phase.ENDED, Phase.TALLIED);
            case PartialDecryption -> markDecrypted(ArchivePayloads.Owned.parse(a.text(e.payload())).owner());
            case Result -> finish();
            default -> throw new BeleniosException(FailureCode.UNSUPPORTED, "shuffles are not supported");
        }
    }

    /** Appends a ballot (already verified) and returns its hash, i.e. its member name in the archive. */
    public String addBallot(Ballot ballot) {
        return addStoredBallot(ballot.bytes());
    }

    /**
     * Appends a ballot by its canonical JSON as stored when it was verified at casting, without
     * parsing it again (a large archive is rebuilt from the stored ballots on every download).
     */
    public String addStoredBallot(byte[] canonicalJson) {
        requirePhase(Phase.VOTING);
        String h = data(canonicalJson);
        event(EventType.Ballot, h);
        return h;
    }

    /** Closes the ballot box. */
    public void endBallots() {
        advance(Phase.VOTING, Phase.ENDED);
        event(EventType.EndBallots, null);
    }

    public void addEncryptedTally(TallyResult tally) {
        advance(Phase.ENDED, Phase.TALLIED);
        String et = data(bytes(tally.tally().toCanonicalJson()));
        event(EventType.EncryptedTally, data(bytes(tally.sizedJson(et))));
    }

    /** Appends a (verified) partial decryption of trustee {@code owner}, 1-based as in trustees.json. */
    public void addPartialDecryption(int owner, PartialDecryption pd) {
        markDecrypted(owner);
        String p = data(bytes(pd.toCanonicalJson()));
        event(EventType.PartialDecryption, data(bytes(new ArchivePayloads.Owned(owner, p).toCanonicalJson())));
    }

    public void addResult(ElectionResult result) {
        finish();
        event(EventType.Result, data(bytes(result.toCanonicalJson())));
    }

    /** The archive as it stands: a valid snapshot, and a prefix of every later state. */
    public byte[] toBytes() {
        if (buffer == null) {
            throw new IllegalStateException("this archive was written to a stream");
        }
        return buffer.toByteArray();
    }

    public void writeTo(Path file) {
        try {
            Files.write(file, toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long timestamp() {
        return timestamp;
    }

    private void markDecrypted(int owner) {
        requirePhase(Phase.TALLIED);
        if (owner < 1 || owner > trusteeCount || !decrypted.add(owner)) {
            throw new BeleniosException(FailureCode.EVENT_ORDER, "unexpected partial decryption of trustee " + owner);
        }
    }

    private void finish() {
        requirePhase(Phase.TALLIED);
        if (decrypted.size() != trusteeCount) {
            throw new BeleniosException(FailureCode.EVENT_ORDER, "not every trustee has decrypted yet");
        }
        phase = Phase.DONE;
    }

    private void advance(Phase from, Phase to) {
        requirePhase(from);
        phase = to;
    }

    private void requirePhase(Phase p) {
        if (phase != p) {
            throw new BeleniosException(FailureCode.EVENT_ORDER, "the archive is in phase " + phase + ", not " + p);
        }
    }

    private String data(byte[] content) {
        BelTar.write(out, Group.sha256Hex(content) + ".data.json", content, timestamp);
        return Group.sha256Hex(content);
    }

    private void event(EventType type, String payload) {
        byte[] json = bytes(new ArchiveEvent(lastEvent, height, type, payload).toCanonicalJson());
        String h = Group.sha256Hex(json);
        BelTar.write(out, h + ".event.json", json, timestamp);
        lastEvent = h;
        height++;
    }

    /**
     * The bytes Belenios would write for this archive's event chain: header, then for each event the
     * data it refers to (in Belenios' order) and the event itself. Comparing them with the original
     * bytes is how {@code belenios-tool election verify} starts, and so does {@link ArchiveVerifier}.
     */
    static byte[] rebuild(Archive a) {
        BelTar.Buffer b = new BelTar.Buffer(a.rawBytes().length);
        rebuild(a, b);
        return b.toByteArray();
    }

    /** The offset of the first byte where the archive differs from its canonical form, or -1. */
    static long firstDifferenceFromCanonical(Archive a) {
        BelTar.Comparison c = new BelTar.Comparison(a.rawBytes());
        rebuild(a, c);
        return c.firstDifference();
    }

    private static void rebuild(Archive a, BelTar.Sink o) {
        long ts = a.timestamp();
        BelTar.write(o, "BELENIOS", bytes(ArchivePayloads.header(ts)), ts);
        for (Archive.EventRecord r : a.events()) {
            ArchiveEvent e = r.event();
            switch (e.type()) {
                case Setup -> {
                    byte[] setup = a.data(requirePayload(e));
                    ArchivePayloads.SetupData s = ArchivePayloads.SetupData.parse(Utf8.decode(setup));
                    member(o, s.election(), a.data(s.election()), ts);
                    member(o, s.trustees(), a.data(s.trustees()), ts);
                    member(o, s.credentials(), a.data(s.credentials()), ts);
                    member(o, e.payload(), setup, ts);
                }
                case Ballot, Result -> member(o, requirePayload(e), a.data(e.payload()), ts);
                case EndBallots, EndShuffles -> {
                    if (e.payload() != null) {
                        throw new BeleniosException(FailureCode.MALFORMED_ARCHIVE,
                                "extra payload at height " + e.height());
                    }
                }
                case EncryptedTally -> {
                    byte[] sized = a.data(requirePayload(e));
                    String et = ArchivePayloads.SizedTally.parse(Utf8.decode(sized)).encryptedTally();
                    member(o, et, a.data(et), ts);
                    member(o, e.payload(), sized, ts);
                }
                case Shuffle, PartialDecryption -> {
                    byte[] owned = a.data(requirePayload(e));
                    String inner = ArchivePayloads.Owned.parse(Utf8.decode(owned)).payload();
                    member(o, inner, a.data(inner), ts);
                    member(o, e.payload(), owned, ts);
                }
                default -> throw new IllegalStateException("unknown event type " + e.type());
            }
            BelTar.write(o, r.hash() + ".event.json", bytes(e.toCanonicalJson()), ts);
        }
    }

    private static String requirePayload(ArchiveEvent e) {
        if (e.payload() == null) {
            throw new BeleniosException(FailureCode.MALFORMED_ARCHIVE, "missing payload at height " + e.height());
        }
        return e.payload();
    }

    private static void member(BelTar.Sink o, String hash, byte[] content, long ts) {
        BelTar.write(o, hash + ".data.json", content, ts);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

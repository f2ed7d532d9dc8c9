package org.madang.voting.domain.belenios;

import java.nio.charset.StandardCharsets;

/** Writes arbitrary (possibly wrong) archives member by member, with the hash chain kept right unless told otherwise. */
final class RawArchive {
    private final BelTar.Buffer out = new BelTar.Buffer(1 << 16);
    private final long timestamp;
    private String last;
    private int height;

    RawArchive(long timestamp) {
        this.timestamp = timestamp;
        BelTar.write(out, "BELENIOS", ArchivePayloads.header(timestamp).getBytes(StandardCharsets.UTF_8), timestamp);
    }

    String data(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        BelTar.write(out, Group.sha256Hex(b) + ".data.json", b, timestamp);
        return Group.sha256Hex(b);
    }

    RawArchive event(EventType type, String payload) {
        return event(new ArchiveEvent(last, height, type, payload));
    }

    RawArchive event(ArchiveEvent e) {
        byte[] b = e.toCanonicalJson().getBytes(StandardCharsets.UTF_8);
        BelTar.write(out, Group.sha256Hex(b) + ".event.json", b, timestamp);
        last = Group.sha256Hex(b);
        height++;
        return this;
    }

    /** The Setup of the sample election. */
    static RawArchive sampleSetup() {
        Archive a = Archive.read(Sample.bel());
        ArchivePayloads.SetupData s = SampleElectionTest.setup(a);
        RawArchive r = new RawArchive(a.timestamp());
        String e = r.data(a.text(s.election()));
        String t = r.data(a.text(s.trustees()));
        String c = r.data(a.text(s.credentials()));
        r.event(EventType.Setup, r.data(new ArchivePayloads.SetupData(e, t, c).toCanonicalJson()));
        return r;
    }

    String lastEvent() {
        return last;
    }

    int height() {
        return height;
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}

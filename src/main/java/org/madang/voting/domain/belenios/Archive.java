package org.madang.voting.domain.belenios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .bel} archive read into its parts, with its structure checked: the BELENIOS header
 * first, members named by the SHA-256 of their content, every mtime equal to the archive
 * timestamp, and events forming a hash chain (parent, height) in the order they appear.
 * The cryptographic content is checked by {@link ArchiveVerifier}.
 */
public final class Archive {

    /** An event with the hash that names it. */
    public record EventRecord(String hash, ArchiveEvent event) {
    }

    private final byte[] raw;
    private final long timestamp;
    private final Map<String, BelTar.Member> data;
    private final List<EventRecord> events;

    private Archive(byte[] raw, long timestamp, Map<String, BelTar.Member> data, List<EventRecord> events) {
        this.raw = raw;
        this.timestamp = timestamp;
        this.data = data;
        this.events = List.copyOf(events);
    }

    public static Archive read(Path bel) {
        try {
            return read(Files.readAllBytes(bel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Archive read(byte[] bel) {
        List<BelTar.Member> members = BelTar.read(bel);
        if (members.isEmpty() || !members.get(0).name().equals("BELENIOS")) {
            throw new BeleniosException(FailureCode.BAD_HEADER, "the first member must be BELENIOS");
        }
        BelTar.Member header = members.get(0);
        long timestamp;
        try {
            timestamp = ArchivePayloads.parseHeader(Utf8.decode(header.content(bel)));
        } catch (BeleniosException e) {
            throw new BeleniosException(FailureCode.BAD_HEADER, "invalid BELENIOS header: " + e.getMessage());
        }
        Map<String, BelTar.Member> data = new HashMap<>();
        List<EventRecord> events = new ArrayList<>();
        for (BelTar.Member m : members) {
            if (m.mtime() != timestamp) {
                throw new BeleniosException(FailureCode.NON_CANONICAL_ARCHIVE,
                        "member " + m.name() + " has a time other than the archive timestamp");
            }
            if (m == header) {
                continue;
            }
            String name = m.name();
            boolean isData = name.endsWith(".data.json");
            boolean isEvent = name.endsWith(".event.json");
            String hash = name.substring(0, Math.max(0, name.indexOf('.')));
            if ((!isData && !isEvent) || !ArchivePayloads.isHash(hash)
                    || name.length() != 64 + (isData ? 10 : 11)) {
                throw new BeleniosException(FailureCode.MALFORMED_ARCHIVE, "unexpected member name " + name);
            }
            if (!Group.sha256Hex(bel, m.offset(), m.length()).equals(hash)) {
                throw new BeleniosException(FailureCode.HASH_MISMATCH, "member " + name + " does not match its hash");
            }
            if (isData) {
                data.put(hash, m);
            } else {
                events.add(new EventRecord(hash, ArchiveEvent.parse(Utf8.decode(m.content(bel)))));
            }
        }
        checkChain(events);
        return new Archive(bel, timestamp, data, events);
    }

    private static void checkChain(List<EventRecord> events) {
        String parent = null;
        for (int i = 0; i < events.size(); i++) {
            ArchiveEvent e = events.get(i).event();
            boolean parentOk = parent == null ? e.parent() == null : parent.equals(e.parent());
            if (!parentOk || e.height() != i) {
                throw new BeleniosException(FailureCode.BROKEN_EVENT_CHAIN,
                        "event " + events.get(i).hash() + " does not follow the previous event (height " + i + ")");
            }
            parent = events.get(i).hash();
        }
    }

    /** The content of a data member, or a MALFORMED_ARCHIVE failure when it is missing. */
    public byte[] data(String hash) {
        BelTar.Member m = data.get(hash);
        if (m == null) {
            throw new BeleniosException(FailureCode.MALFORMED_ARCHIVE, "data " + hash + " is missing");
        }
        return m.content(raw);
    }

    public String text(String hash) {
        return Utf8.decode(data(hash));
    }

    public long timestamp() {
        return timestamp;
    }

    public List<EventRecord> events() {
        return events;
    }

    /** The archive exactly as read. */
    public byte[] bytes() {
        return raw.clone();
    }

    byte[] rawBytes() {
        return raw;
    }
}

package org.madang.voting.domain.belenios;

/**
 * An event of the archive's hash chain: {@code {"parent":h,"height":n,"type":T,"payload":h}}, where
 * parent is the hash of the previous event (absent for the first) and payload the hash of the data
 * it refers to (absent for EndBallots and EndShuffles).
 */
public record ArchiveEvent(String parent, int height, EventType type, String payload) {

    public String toCanonicalJson() {
        return JsonWriter.write(Json.object()
                .put("parent", parent)
                .put("height", height)
                .put("type", type.name())
                .put("payload", payload)
                .build());
    }

    public static ArchiveEvent parse(String json) {
        Decode.Fields f = Decode.fields(Json.parseCanonical(json), "event");
        Json parent = f.optional("parent");
        int height = Decode.smallInt(f.required("height"), "height");
        EventType type = EventType.parse(Decode.string(f.required("type"), "type"));
        Json payload = f.optional("payload");
        f.end();
        return new ArchiveEvent(parent == null ? null : ArchivePayloads.hash(parent, "parent"), height, type,
                payload == null ? null : ArchivePayloads.hash(payload, "payload"));
    }
}

package org.madang.voting.domain.belenios;

/** The small JSON records that link an event to its data: setup data, owned payloads, sized tallies. */
final class ArchivePayloads {
    private ArchivePayloads() {
    }

    /** Payload of the Setup event. */
    record SetupData(String election, String trustees, String credentials) {
        String toCanonicalJson() {
            return JsonWriter.write(Json.object().put("election", election).put("trustees", trustees)
                    .put("credentials", credentials).build());
        }

        static SetupData parse(String json) {
            Decode.Fields f = Decode.fields(Json.parseCanonical(json), "setup data");
            SetupData s = new SetupData(hash(f.required("election"), "election"), hash(f.required("trustees"), "trustees"),
                    hash(f.required("credentials"), "credentials"));
            f.end();
            return s;
        }
    }

    /** Payload of PartialDecryption (and Shuffle) events: the 1-based trustee and the hash of its data. */
    record Owned(int owner, String payload) {
        String toCanonicalJson() {
            return JsonWriter.write(Json.object().put("owner", owner).put("payload", payload).build());
        }

        static Owned parse(String json) {
            Decode.Fields f = Decode.fields(Json.parseCanonical(json), "owned payload");
            Owned o = new Owned(Decode.smallInt(f.required("owner"), "owner"), hash(f.required("payload"), "payload"));
            f.end();
            return o;
        }
    }

    /** Payload of the EncryptedTally event. */
    record SizedTally(long numTallied, long totalWeight, String encryptedTally) {
        static SizedTally parse(String json) {
            Decode.Fields f = Decode.fields(Json.parseCanonical(json), "sized encrypted tally");
            SizedTally s = new SizedTally(Decode.integer(f.required("num_tallied"), "num_tallied"),
                    Decode.integer(f.required("total_weight"), "total_weight"),
                    hash(f.required("encrypted_tally"), "encrypted_tally"));
            f.end();
            return s;
        }
    }

    /** The archive header member {@code BELENIOS}: {@code {"version":1,"timestamp":"<unix seconds>"}}. */
    static String header(long timestamp) {
        return JsonWriter.write(Json.object().put("version", 1).put("timestamp", Long.toString(timestamp)).build());
    }

    static long parseHeader(String json) {
        Decode.Fields f = Decode.fields(Json.parseCanonical(json), "archive header");
        long version = Decode.integer(f.required("version"), "version");
        String ts = Decode.string(f.required("timestamp"), "timestamp");
        f.end();
        if (version != 1) {
            throw new BeleniosException(FailureCode.BAD_HEADER, "unsupported archive version " + version);
        }
        if (!Decode.isCanonicalDecimal(ts) || ts.length() > 11) {
            throw new BeleniosException(FailureCode.BAD_HEADER, "bad archive timestamp " + ts);
        }
        return Long.parseLong(ts);
    }

    static String hash(Json v, String what) {
        String h = Decode.string(v, what);
        if (!isHash(h)) {
            throw new BeleniosException(FailureCode.MALFORMED_JSON, what + " is not a SHA-256 hex hash");
        }
        return h;
    }

    static boolean isHash(String h) {
        if (h.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = h.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}

package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public credentials of an election, as stored in the archive: a JSON list of strings, each a
 * public credential g^s, optionally followed by ",weight". Weights must be positive integers below
 * 10^9 here (Belenios' decimal weights are refused as unsupported).
 */
public record PublicCredentials(List<Entry> entries) {

    /** One voter's public credential and voting weight (1 unless written). */
    public record Entry(BigInteger credential, long weight, boolean weightWritten) {
        public static Entry of(BigInteger credential) {
            return new Entry(credential, 1, false);
        }

        String text() {
            return weightWritten ? credential + "," + weight : credential.toString();
        }
    }

    public PublicCredentials {
        entries = List.copyOf(entries);
    }

    /** Unweighted credentials in numeric order, which hides the order of the voter list (Belenios does the same). */
    public static PublicCredentials of(List<BigInteger> credentials) {
        List<Entry> es = new ArrayList<>();
        credentials.stream().sorted().forEach(c -> es.add(Entry.of(c)));
        return new PublicCredentials(es);
    }

    public Json toJson() {
        return Json.arr(entries.stream().map(e -> Json.str(e.text())).toList());
    }

    public String toCanonicalJson() {
        return JsonWriter.write(toJson());
    }

    public static PublicCredentials parse(String json) {
        return new PublicCredentials(Decode.list(Json.parseCanonical(json), "public credentials",
                v -> parseEntry(Decode.string(v, "public credential"))));
    }

    /**
     * Reads the {@code .pubcreds} file of {@code belenios-tool setup generate-credentials}, whose
     * entries are "credential,weight,voter id", into the archive form (without voter ids).
     */
    public static PublicCredentials fromToolFile(String fileContent) {
        Json v = Json.parse(fileContent);
        List<Entry> es = Decode.list(v, "public credentials", j -> {
            String[] parts = Decode.string(j, "public credential").split(",", -1);
            return parts.length > 1 && !parts[1].isEmpty() ? parseEntry(parts[0] + "," + parts[1]) : parseEntry(parts[0]);
        });
        return new PublicCredentials(es);
    }

    private static Entry parseEntry(String s) {
        int comma = s.indexOf(',');
        if (comma < 0) {
            return Entry.of(Decode.naturalText(s, "public credential"));
        }
        BigInteger c = Decode.naturalText(s.substring(0, comma), "public credential");
        String w = s.substring(comma + 1);
        if (!Decode.isCanonicalDecimal(w) || w.length() > 9 || Long.parseLong(w) == 0) {
            throw new BeleniosException(FailureCode.UNSUPPORTED, "only positive integer weights are supported: " + w);
        }
        return new Entry(c, Long.parseLong(w), true);
    }

    /** Every credential is a group element and appears once. */
    public void checkAll() {
        checkAll(Workers.inline());
    }

    /** {@link #checkAll()}, the membership tests (one exponentiation each) on the given workers. */
    public void checkAll(Workers workers) {
        boolean[] element = new boolean[entries.size()];
        workers.forEach(entries.size(), i -> element[i] = Group.isElement(entries.get(i).credential()));
        Map<BigInteger, Boolean> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!element[i]) {
                throw new BeleniosException(FailureCode.BAD_CREDENTIALS, "public credential " + (i + 1) + " is not a group element");
            }
            if (seen.put(e.credential(), Boolean.TRUE) != null) {
                throw new BeleniosException(FailureCode.BAD_CREDENTIALS, "public credential " + (i + 1) + " is duplicated");
            }
        }
    }

    /** Weight of every credential, for membership tests and weighted tallies. */
    public Map<BigInteger, Long> weights() {
        Map<BigInteger, Long> m = new HashMap<>(entries.size() * 2);
        for (Entry e : entries) {
            m.put(e.credential(), e.weight());
        }
        return m;
    }

    public int size() {
        return entries.size();
    }
}

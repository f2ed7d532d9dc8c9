package org.madang.platform.changes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One message on the PostgreSQL channel {@value #CHANNEL}: which instance sent it and when, the kind
 * of thing that changed (a topic: the kept pages' regions, an account's inbox) and the names of what
 * changed. Written {@code 1 <sender> <sent millis> <topic> <name>,<name>...}; names and topics are
 * plain identifiers (no spaces or commas), so no escaping is needed and nothing a person typed is ever
 * sent.
 */
public record ChangeNotice(String sender, long sentAtMillis, String topic, Set<String> names) {
    public static final String CHANNEL = "madang_changes";
    /** PostgreSQL refuses a payload of 8000 bytes or more; a longer list goes out in several notices. */
    static final int MAX_PAYLOAD = 7900;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:/-]{1,200}");

    public ChangeNotice {
        if (!NAME.matcher(sender).matches() || !NAME.matcher(topic).matches() || names.isEmpty()) {
            throw new IllegalArgumentException("not a change notice");
        }
        for (String n : names) {
            requireName(n);
        }
        names = Set.copyOf(names);
    }

    /** Refuses what may not be sent as a topic or name. */
    public static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a change notice names only identifiers");
        }
        return name;
    }

    public String format() {
        return "1 " + sender + " " + sentAtMillis + " " + topic + " " + String.join(",", names);
    }

    /** The payloads that say this notice, each under PostgreSQL's limit. */
    public List<String> payloads() {
        String head = "1 " + sender + " " + sentAtMillis + " " + topic + " ";
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder(head);
        for (String n : names.stream().sorted().toList()) {
            if (b.length() > head.length() && b.length() + 1 + n.length() > MAX_PAYLOAD) {
                out.add(b.toString());
                b = new StringBuilder(head);
            }
            b.append(b.length() > head.length() ? "," : "").append(n);
        }
        out.add(b.toString());
        return out;
    }

    /** The notice a payload says; empty for anything else (another version, another sender's garbage). */
    public static Optional<ChangeNotice> parse(String payload) {
        if (payload == null || payload.getBytes(StandardCharsets.UTF_8).length > 8000) {
            return Optional.empty();
        }
        String[] parts = payload.split(" ", -1);
        if (parts.length != 5 || !parts[0].equals("1")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChangeNotice(parts[1], Long.parseLong(parts[2]), parts[3], Set.of(parts[4].split(",", -1))));
        } catch (IllegalArgumentException e) { // a bad number, an empty or repeated name
            return Optional.empty();
        }
    }

    /** The names of a collection as a notice from {@code sender} now. */
    static ChangeNotice of(String sender, long now, String topic, Collection<String> names) {
        return new ChangeNotice(sender, now, topic, Set.copyOf(names));
    }
}

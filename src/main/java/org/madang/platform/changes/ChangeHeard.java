package org.madang.platform.changes;

import java.util.Set;

/**
 * A CDI event on the instance that heard of a change made on another: drop what is kept of the
 * {@code names} under {@code topic}. {@link #everything()} when the listening connection was lost
 * for a while (changes may have gone unheard): drop all that is kept.
 */
public record ChangeHeard(String topic, Set<String> names, boolean everything) {
    /** Whether kept things under this topic (or everything) must go. */
    public boolean concerns(String t) {
        return everything || topic.equals(t);
    }

    static ChangeHeard of(ChangeNotice n) {
        return new ChangeHeard(n.topic(), n.names(), false);
    }

    static ChangeHeard all() {
        return new ChangeHeard("*", Set.of(), true);
    }
}

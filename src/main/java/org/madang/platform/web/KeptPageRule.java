package org.madang.platform.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One public address (or a family of them) whose anonymous answers {@link KeptPages} may keep, and
 * what they show: the regions whose change drops them, how old a kept answer may get when no
 * change is announced (time passing, another server's change), and how long it is served at least
 * before a change makes it render again (for regions that change with every click, such as a
 * petition's support count).
 *
 * @param path      an address below the context root: exact ({@code /services/service.xhtml}), or a
 *                  prefix ending in {@code /*} ({@code /api/services/*}, not the prefix itself)
 * @param regions   names of what the answer shows ({@code services.catalogue}); a context drops
 *                  them with {@link KeptPages#drop}
 * @param maxAge    the longest a kept answer is served
 * @param minFresh  a kept answer is served this long even after a change (zero: dropped at once)
 */
public record KeptPageRule(String path, Set<String> regions, Duration maxAge, Duration minFresh) {
    public KeptPageRule {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a kept path starts with /");
        }
        regions = Set.copyOf(regions);
        if (maxAge.isNegative() || maxAge.isZero() || minFresh.isNegative() || minFresh.compareTo(maxAge) > 0) {
            throw new IllegalArgumentException("0 <= minFresh <= maxAge, maxAge > 0");
        }
    }

    /** Answers dropped at once when one of the regions changes, else kept up to {@code maxAge}. */
    public static KeptPageRule of(String path, Duration maxAge, String... regions) {
        return new KeptPageRule(path, Set.of(regions), maxAge, Duration.ZERO);
    }

    /** One rule per path, all alike (a context's family of pages showing the same regions). */
    public static List<KeptPageRule> each(Duration maxAge, Duration minFresh, Set<String> regions, String... paths) {
        return Arrays.stream(paths).map(p -> new KeptPageRule(p, regions, maxAge, minFresh)).toList();
    }

    /** The same rule, but an answer is served at least {@code minFresh} even after a change. */
    public KeptPageRule servedAtLeast(Duration atLeast) {
        return new KeptPageRule(path, regions, maxAge, atLeast);
    }

    boolean isPrefix() {
        return path.endsWith("/*");
    }

    boolean matches(String address) {
        return isPrefix() ? address.startsWith(path.substring(0, path.length() - 1)) : address.equals(path);
    }
}

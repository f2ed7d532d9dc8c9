package org.madang.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.platform.cache.Caches;
import org.madang.platform.changes.ChangeHeard;
import org.madang.platform.changes.ChangeNotices;
import jakarta.enterprise.event.Observes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers as Faces or the API last rendered them, by key (address, query and language for the
 * public pages of {@link KeptPagesFilter}), so a public page costs what sending its bytes costs,
 * and is rendered once per state of what it shows.
 *
 * <p>Each kept answer carries the regions it shows (from the {@link KeptPageRule} a context
 * contributed). A context announces a change of a region with {@link #drop} after its commit; an
 * answer whose rendering began before the latest change of one of its regions is not served again
 * (or, for a rule with a {@code minFresh}, not after that much time). Changes are counted, not timed,
 * so a page rendered while a change commits is never kept as current. The other instances hear of
 * every drop through {@link ChangeNotices} (PostgreSQL NOTIFY, milliseconds later) and drop the same
 * regions. Bounds: an answer is at most its rule's {@code maxAge} old (a change on another instance
 * while this one did not hear the notices, time passing); the store weighs at most
 * MADANG_KEPT_PAGES_MB megabytes (Caffeine lets the least useful go first). Off with MADANG_PAGE_CACHE=false.
 */
@ApplicationScoped
public class KeptPages {
    /** A kept answer: its bytes, type, validators, and the state it was rendered from. */
    public record Page(byte[] body, String contentType, String etag, Instant lastModified, Instant keptAt, long version,
                       KeptPageRule rule, PageNonce.Slots nonce) {
        public boolean isHtml() {
            return contentType == null || contentType.startsWith("text/html");
        }
    }

    @Inject
    @ConfigProperty(name = "MADANG_PAGE_CACHE", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "MADANG_KEPT_PAGES_MB", defaultValue = "64")
    long megabytes;
    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<KeptPageRules> contributions;
    @Inject
    ChangeNotices notices;

    /** The topic of the kept pages' regions in change notices. */
    public static final String TOPIC = "kept-pages";

    private final AtomicLong changes = new AtomicLong();
    private final Map<String, Long> lastChange = new ConcurrentHashMap<>();
    private final Map<String, KeptPageRule> exact = new HashMap<>();
    private final List<KeptPageRule> prefixes = new ArrayList<>();
    /** Regions some rule drops at once: only their change is worth a walk through the store. */
    private final Set<String> droppedAtOnce = new HashSet<>();
    private final Set<String> allRegions = new HashSet<>();
    private Cache<String, Page> pages;
    private final Map<String, Rendering> renderings = new ConcurrentHashMap<>();

    /**
     * A page being rendered for one reader: others asking for it meanwhile wait for it (at most
     * {@link #WAIT}) instead of rendering it too, so a dropped page is rendered once, not once per
     * connection waiting for it.
     */
    public static final class Rendering {
        private final CompletableFuture<Page> done = new CompletableFuture<>();

        /** The page once kept; empty if it could not be kept (an error, a cookie) or took too long. */
        public Optional<Page> await() {
            try {
                return Optional.ofNullable(done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException | TimeoutException e) {
                return Optional.empty();
            }
        }
    }

    static final Duration WAIT = Duration.ofSeconds(10);

    @PostConstruct
    void init() {
        List<KeptPageRule> rules = new ArrayList<>();
        contributions.forEach(c -> rules.addAll(c.keptPages()));
        init(rules);
    }

    void init(Collection<KeptPageRule> rules) {
        for (KeptPageRule r : rules) {
            allRegions.addAll(r.regions());
            if (r.minFresh().isZero()) {
                droppedAtOnce.addAll(r.regions());
            }
            if (r.isPrefix()) {
                prefixes.add(r);
            } else if (exact.putIfAbsent(r.path(), r) != null) {
                throw new IllegalStateException("two rules keep " + r.path());
            }
        }
        pages = Caches.builder(() -> clock)
                .maximumWeight(megabytes * 1024 * 1024)
                .weigher((String key, Page p) -> 2 * key.length() + p.body().length + 200)
                .expireAfter(new Expiry<String, Page>() {
                    @Override
                    public long expireAfterCreate(String key, Page p, long now) {
                        return p.rule().maxAge().toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Page p, long now, long current) {
                        return p.rule().maxAge().toNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Page p, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The public rule for an address below the context root, if a context contributed one. */
    public Optional<KeptPageRule> ruleFor(String address) {
        KeptPageRule r = exact.get(address);
        if (r != null) {
            return Optional.of(r);
        }
        return prefixes.stream().filter(p -> p.matches(address)).findFirst();
    }

    /** The rendering under way for this key, if any. */
    public Optional<Rendering> renderingOf(String key) {
        return Optional.ofNullable(renderings.get(key));
    }

    /** This request renders the page for the key (others may wait for it): end with {@link #endRendering}. */
    public Rendering startRendering(String key) {
        Rendering r = new Rendering();
        renderings.putIfAbsent(key, r);
        return r;
    }

    /** The rendering is over: those waiting get the kept page (null: not kept, they render it themselves). */
    public void endRendering(String key, Rendering rendering, Page kept) {
        rendering.done.complete(kept);
        renderings.remove(key, rendering);
    }

    /** To be read before rendering an answer that will be kept: what {@link #keep} is given. */
    public long version() {
        return changes.get();
    }

    /** The kept answer, if none of its regions changed since its rendering began (or it may still be served). */
    public Optional<Page> find(String key) {
        Page p = pages.getIfPresent(key);
        if (p == null) {
            return Optional.empty();
        }
        if (!current(p)) {
            pages.asMap().remove(key, p);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private boolean current(Page p) {
        Instant now = Instant.now(clock);
        if (now.isBefore(p.keptAt())) {
            return false; // kept while the clock was ahead (a test moving time): its age is unknown
        }
        for (String region : p.rule().regions()) {
            Long changed = lastChange.get(region);
            if (changed != null && changed > p.version() && !now.isBefore(p.keptAt().plus(p.rule().minFresh()))) {
                return false;
            }
        }
        return true;
    }

    /** Keeps an answer rendered from the state at {@code version}; returns it with its validators. */
    public Page keep(String key, KeptPageRule rule, long version, byte[] body, String contentType) {
        Instant now = Instant.now(clock);
        boolean html = contentType == null || contentType.startsWith("text/html");
        Page p = new Page(body, contentType, etag(html ? PageNonce.withoutNonce(body) : body), now.truncatedTo(ChronoUnit.SECONDS),
                now, version, rule, html ? PageNonce.slots(body) : PageNonce.Slots.NONE);
        pages.put(key, p);
        return p;
    }

    /**
     * What the named regions show changed (call after commit): answers that show them are no longer
     * served (those of a rule with a {@code minFresh}, once they are that old).
     */
    public void drop(String... regions) {
        dropHere(regions);
        if (notices != null) {
            notices.announce(TOPIC, Set.of(regions));
        }
    }

    /** Another instance changed what the regions show, or this one lost track of the others' changes. */
    void heard(@Observes ChangeHeard change) {
        if (change.everything()) {
            // also a page being rendered now, which may have read before the unheard changes
            dropHere(allRegions.toArray(String[]::new));
            clear();
        } else if (change.topic().equals(TOPIC)) {
            dropHere(change.names().toArray(String[]::new));
        }
    }

    private void dropHere(String... regions) {
        long v = changes.incrementAndGet();
        Set<String> dropped = Set.of(regions);
        dropped.forEach(r -> lastChange.merge(r, v, Math::max));
        // free the memory now where nothing may be served any more
        if (dropped.stream().anyMatch(droppedAtOnce::contains)) {
            pages.asMap().values().removeIf(p -> p.rule().minFresh().isZero()
                    && p.rule().regions().stream().anyMatch(dropped::contains));
        }
    }

    /** Forgets every kept answer. */
    public void clear() {
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** A weak validator (of the body without its nonce): the bytes sent differ in their nonce, what they show does not. */
    static String etag(byte[] body) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(h, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A kept answer's tag as sent: the hash of what it shows, and the nonce of the copy sent (HTML). */
    static String tag(String etag, String nonce) {
        return nonce == null ? etag : etag.substring(0, etag.length() - 1) + "." + nonce + "\"";
    }

    /** An If-None-Match that names a kept answer: the nonce of the copy the client holds (null for none). */
    public record Match(String nonce) {
    }

    /**
     * Whether an If-None-Match header names this answer (weak comparison of the hash, as RFC 9110 asks
     * for GET), and if so which nonce the client's copy carries, when it is one the portal could have made.
     */
    static Optional<Match> match(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        String hash = bare(etag);
        for (String t : ifNoneMatch.split(",")) {
            String s = bare(t.trim());
            if (s.equals("*")) {
                return Optional.of(new Match(null));
            }
            int dot = s.indexOf('.');
            if ((dot < 0 ? s : s.substring(0, dot)).equals(hash)) {
                String nonce = dot < 0 ? null : s.substring(dot + 1);
                return Optional.of(new Match(PageNonce.isNonce(nonce) ? nonce : null));
            }
        }
        return Optional.empty();
    }

    private static String bare(String tag) {
        String s = tag.startsWith("W/") ? tag.substring(2) : tag;
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}

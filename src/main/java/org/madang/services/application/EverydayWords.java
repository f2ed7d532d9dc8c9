package org.madang.services.application;

import org.madang.services.domain.LifeEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words people search with ("이사", "passport") and what they mean in the catalogue: kept as
 * data ({@code org/madang/services/everyday-words.txt}), so adding a synonym is a one-line change
 * that needs no code. Lookups ignore case, spaces and hyphens ("move in" = "move-in" = "movein").
 */
public final class EverydayWords {
    static final String RESOURCE = "org/madang/services/everyday-words.txt";

    /** What one everyday word stands for: catalogue words to look for, and life events. */
    public record Meaning(Set<String> words, Set<LifeEvent> events) {
    }

    private static final class Standard {
        static final EverydayWords INSTANCE = load();
    }

    private final Map<String, Meaning> meanings;

    EverydayWords(List<String> lines) {
        Map<String, Meaning> m = new HashMap<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": no '=>'");
            }
            Set<String> words = new LinkedHashSet<>();
            Set<LifeEvent> events = new LinkedHashSet<>();
            for (String target : line.substring(arrow + 2).split(",")) {
                String t = target.strip();
                if (t.startsWith("event:")) {
                    events.add(LifeEvent.valueOf(t.substring(6).strip())); // a typo fails at start-up, not silently
                } else if (!t.isEmpty()) {
                    words.add(CatalogueSearch.normalise(t));
                }
            }
            for (String typed : line.substring(0, arrow).split(",")) {
                String key = key(typed);
                if (!key.isEmpty()) {
                    m.merge(key, new Meaning(Set.copyOf(words), Set.copyOf(events)), EverydayWords::union);
                }
            }
        }
        this.meanings = Map.copyOf(m);
    }

    private static Meaning union(Meaning a, Meaning b) {
        Set<String> w = new LinkedHashSet<>(a.words());
        w.addAll(b.words());
        Set<LifeEvent> e = new LinkedHashSet<>(a.events());
        e.addAll(b.events());
        return new Meaning(Set.copyOf(w), Set.copyOf(e));
    }

    /** The list shipped with the portal, read once. */
    public static EverydayWords standard() {
        return Standard.INSTANCE;
    }

    static EverydayWords load() {
        try (InputStream in = EverydayWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new EverydayWords(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a word (or a whole phrase) people type means, if the list knows it. */
    public Optional<Meaning> meaning(String typed) {
        return typed == null ? Optional.empty() : Optional.ofNullable(meanings.get(key(typed)));
    }

    static String key(String typed) {
        return CatalogueSearch.normalise(typed).replaceAll("[\\s-]+", "");
    }
}

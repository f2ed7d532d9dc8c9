package org.madang.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle of the portal speaks Korean and English alike: each {@code *_ko.properties}
 * under src/main/resources has its {@code *_en.properties} twin with the same keys (and the reverse,
 * and the fallback file without a language where there is one), no value is empty, no key is written twice in one file (the second silently wins), and every
 * literal {@code text['key']} of a page exists. Bundles are found on disk, so a bundle added later
 * is checked without anyone listing it here.
 */
class MessageBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final List<String> LANGUAGES = List.of("ko", "en");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*((?:[^=:\\s\\\\]|\\\\.)+)\\s*[=:\\s]");
    private static final Pattern PAGE_KEY = Pattern.compile("\\btext\\['([^'\\]]+)'\\]");

    @Test
    void everyBundleHasTheSameKeysInKoreanAndEnglish() throws IOException {
        Map<String, Map<String, Path>> bundles = bundles();
        assertThat(bundles).as("bundles under " + RESOURCES.toAbsolutePath())
                .containsKeys("org/madang/i18n/text", "org/madang/i18n/messages", "ValidationMessages");
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> b : bundles.entrySet()) {
            String bundle = b.getKey();
            Map<String, Path> files = b.getValue();
            for (String lang : LANGUAGES) {
                if (!files.containsKey(lang)) {
                    gaps.add(bundle + ": no " + lang + " file");
                }
            }
            if (files.size() == LANGUAGES.size()) {
                Set<String> ko = keys(files.get("ko"));
                Set<String> en = keys(files.get("en"));
                difference(ko, en).forEach(k -> gaps.add(bundle + ": " + k + " only in Korean"));
                difference(en, ko).forEach(k -> gaps.add(bundle + ": " + k + " only in English"));
                // the file without a language is the fallback for any other locale: the same keys again
                Path fallback = RESOURCES.resolve(bundle + ".properties");
                if (Files.exists(fallback)) {
                    Set<String> other = keys(fallback);
                    difference(en, other).forEach(k -> gaps.add(bundle + ": " + k + " missing from the fallback"));
                    difference(other, en).forEach(k -> gaps.add(bundle + ": " + k + " only in the fallback"));
                }
            }
        }
        assertThat(gaps).as("keys present in one language only").isEmpty();
    }

    @Test
    void noValueIsEmptyAndNoKeyIsWrittenTwice() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map<String, Path> files : bundles().values()) {
            for (Path file : files.values()) {
                Properties p = load(file);
                p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())
                        .forEach(k -> problems.add(file + ": " + k + " is empty"));
                duplicates(file).forEach(k -> problems.add(file + ": " + k + " written twice"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextKeyAPageNamesExists() throws IOException {
        Set<String> ko = keys(RESOURCES.resolve("org/madang/i18n/text_ko.properties"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!ko.contains(m.group(1))) {
                        missing.add(WEBAPP.relativize(page) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("text keys used by pages but in no bundle").isEmpty();
    }

    /** bundle base name (path without language and extension) → language → file. */
    /** Role names show on the administrator's account pages; a role added without its label showed "???role.X???". */
    @Test
    void everyRoleHasALabelInBothLanguages() throws IOException {
        for (String lang : LANGUAGES) {
            Set<String> text = keys(RESOURCES.resolve("org/madang/i18n/text_" + lang + ".properties"));
            assertThat(org.madang.platform.security.Roles.ALL.stream().map(r -> "role." + r))
                    .as("role labels in text_" + lang).allMatch(text::contains);
        }
    }

    @Test
    void everyRoleIsDeclaredToTheContainer() {
        jakarta.annotation.security.DeclareRoles declared = org.madang.identity.infrastructure.SecurityConfiguration.class
                .getAnnotation(jakarta.annotation.security.DeclareRoles.class);
        assertThat(declared.value()).containsExactlyInAnyOrderElementsOf(org.madang.platform.security.Roles.ALL);
    }

    private static Map<String, Map<String, Path>> bundles() throws IOException {
        Map<String, Map<String, Path>> out = new TreeMap<>();
        Pattern localized = Pattern.compile("(.+)_(" + String.join("|", LANGUAGES) + ")\\.properties");
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = localized.matcher(RESOURCES.relativize(f).toString().replace('\\', '/'));
                if (m.matches()) {
                    out.computeIfAbsent(m.group(1), b -> new TreeMap<>()).put(m.group(2), f);
                }
            }
        }
        return out;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }

    /** Keys that start more than one logical line (continuation lines are not key lines). */
    private static Set<String> duplicates(Path file) throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean startsEntry = !continued && !line.isBlank() && !line.stripLeading().startsWith("#")
                    && !line.stripLeading().startsWith("!");
            continued = (startsEntry || continued) && endsWithOddBackslashes(line);
            if (startsEntry) {
                Matcher m = KEY_LINE.matcher(line);
                if (m.find() && !seen.add(m.group(1))) {
                    twice.add(m.group(1));
                }
            }
        }
        return twice;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}

package org.madang.platform.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table is the operator's only list of settings: every variable that the
 * code ({@code @ConfigProperty}, {@code ConfigProvider}, {@code System.getenv}) or the server
 * configuration (openliberty-config/*.xml) reads must be in it, and it lists nothing that nobody
 * reads. A dotted MicroProfile name is documented by itself or by its environment-variable form.
 */
public class ConfigurationDocumentedTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path SERVER = Path.of("openliberty-config");
    private static final Path README = Path.of("README.md");

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_LOOKUP = Pattern.compile(
            "\\.get(?:Optional)?Value\\s*\\(\\s*\"([^\"]+)\"|System\\.getenv\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern SERVER_VARIABLE = Pattern.compile("<variable\\s+name=\"([^\"]+)\"|\\$\\{([^}]+)}");
    /** Liberty's own location variables, which nobody sets. */
    private static final Pattern LIBERTY_OWN = Pattern.compile("(server|shared|wlp|usr)\\.[a-z.]+dir");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|([^|]+)\\|", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everyVariableReadIsInTheReadmeTable() throws IOException {
        Set<String> documented = documented();
        Set<String> missing = new TreeSet<>();
        for (String name : read()) {
            if (!documented.contains(name) && !documented.contains(environmentForm(name))) {
                missing.add(name);
            }
        }
        assertThat(missing).as("read by the code or the server configuration, but not in the README's "
                + "configuration table (add a row: variable, default, meaning)").isEmpty();
    }

    @Test
    void theReadmeTablePromisesOnlyVariablesThatAreRead() throws IOException {
        Set<String> read = read();
        Set<String> readForms = new TreeSet<>(read);
        read.forEach(n -> readForms.add(environmentForm(n)));
        Set<String> unread = new TreeSet<>(documented());
        unread.removeAll(readForms);
        assertThat(unread).as("in the README's configuration table, but read by nothing").isEmpty();
    }

    @Test
    void theScanFindsWhatIsKnownToBeRead() throws IOException {
        // guards the scan itself: if these go missing the patterns above have stopped matching
        assertThat(read()).contains("MADANG_FILES_DIR", "MADANG_TIME_ZONE", "madang.api.jwt.private-key",
                "DB_HOST", "SMTP_STARTTLS");
    }

    static String environmentForm(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Set<String> read() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                collect(CONFIG_PROPERTY.matcher(source), names);
                collect(CONFIG_LOOKUP.matcher(source), names);
            }
        }
        try (Stream<Path> files = Files.list(SERVER)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                Matcher m = SERVER_VARIABLE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!LIBERTY_OWN.matcher(name).matches()) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    into.add(m.group(g));
                }
            }
        }
    }

    /** The names in the first column of the table under "## Configuration" (also read by the deployment files' tests). */
    public static Set<String> documented() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Configuration");
        assertThat(start).as("README has a ## Configuration section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> names = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(section);
        while (row.find()) {
            Matcher code = CODE.matcher(row.group(1));
            while (code.find()) {
                names.add(code.group(1));
            }
        }
        assertThat(names).as("variables in the configuration table").isNotEmpty();
        return names;
    }
}

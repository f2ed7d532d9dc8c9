package org.madang.platform.faces;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text field of every page declares its maximum length, so that {@link InputEdgeCheck}
 * refuses a longer value at the edge with the field's own limit (the column's and the service's
 * {@code @Size}), and the browser stops the typing there too.
 */
class InputLimitsTest {
    private static final Pattern TEXT_INPUT = Pattern.compile("<h:(inputText|inputTextarea|inputSecret)\\b([^>]*)>",
            Pattern.DOTALL);
    private static final Pattern MAXLENGTH = Pattern.compile("(^|\\s)(\\w+:)?maxlength=\"[^\"]+\"");

    @Test
    void everyTextFieldDeclaresItsMaximumLength() throws IOException {
        List<String> missing = new ArrayList<>();
        int fields = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = TEXT_INPUT.matcher(Files.readString(page));
                while (m.find()) {
                    fields++;
                    if (!MAXLENGTH.matcher(m.group(2)).find()) {
                        missing.add(page + ": " + m.group(0).replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(fields).as("text fields found").isGreaterThan(50);
        assertThat(missing).as("text fields without maxlength").isEmpty();
    }

    @Test
    void aFieldWithoutADeclaredLimitStillHasOne() {
        assertThat(InputEdgeCheck.TEXT_DEFAULT).isBetween(1, 10_000);
        assertThat(InputEdgeCheck.OTHER_DEFAULT).isLessThan(2_000_000);
    }
}

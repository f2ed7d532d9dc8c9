package org.madang.platform.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles are declared once (Roles); web.xml must repeat exactly the same names, no more, no fewer. */
class RolesDeclarationTest {
    @Test
    void webXmlDeclaresExactlyTheRolesOfTheRolesClass() throws Exception {
        String xml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher m = Pattern.compile("<security-role>\\s*<role-name>([A-Z_]+)</role-name>").matcher(xml);
        Set<String> declared = new LinkedHashSet<>();
        while (m.find()) {
            declared.add(m.group(1));
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(Roles.ALL);
    }

    @Test
    void everyProtectedFolderIsConstrained() throws Exception {
        String xml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertThat(xml).contains("<url-pattern>/my/*</url-pattern>", "<url-pattern>/office/*</url-pattern>",
                "<url-pattern>/admin/*</url-pattern>", "<url-pattern>/audit/*</url-pattern>",
                "<deny-uncovered-http-methods/>");
    }
}

package org.madang.notification.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every notification text exists in Korean and English, and every pattern is a valid MessageFormat. */
class NoticeTextsTest {

    @Test
    void textsComeInTheLanguageAskedFor() {
        assertThat(NoticeTexts.in("ko").format("notification.demo.verified.subject")).isEqualTo("거주자 인증이 완료되었습니다");
        assertThat(NoticeTexts.in("en").format("notification.demo.verified.subject"))
                .isEqualTo("You are now a verified resident");
        assertThat(NoticeTexts.in("en").format("notification.mail.greeting", List.of("Emily"))).isEqualTo("Dear Emily,");
    }

    @Test
    void anUnknownKeyShowsAsItselfInsteadOfFailingADelivery() {
        assertThat(NoticeTexts.in("en").format("services.nothing.like.this", List.of("x")))
                .isEqualTo("services.nothing.like.this");
    }

    @Test
    void bothLanguagesHaveTheSameNotificationKeys() throws IOException {
        for (String bundle : List.of("messages", "text")) {
            Set<String> ko = notificationKeys(bundle, "ko");
            Set<String> en = notificationKeys(bundle, "en");
            assertThat(ko).as(bundle).isNotEmpty().isEqualTo(en);
        }
    }

    @Test
    void everyNotificationMessageIsAValidPatternWithoutStrayQuotes() throws IOException {
        for (String lang : List.of("ko", "en")) {
            Properties p = load("messages", lang);
            for (String key : notificationKeys("messages", lang)) {
                String pattern = p.getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern)).as(key).doesNotThrowAnyException();
                // MessageFormat swallows a lone ' and everything up to the next one
                assertThat(pattern.replace("''", "")).as(key + " (" + lang + ")").doesNotContain("'");
            }
        }
    }

    @Test
    void subjectsAndBodiesComeInPairs() throws IOException {
        Set<String> keys = notificationKeys("messages", "en");
        for (String key : keys) {
            if (key.endsWith(".subject") && !key.startsWith("notification.mail.")) {
                assertThat(keys).contains(key.replaceAll("\\.subject$", ".body"));
            }
        }
    }

    private static Set<String> notificationKeys(String bundle, String lang) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String k : load(bundle, lang).stringPropertyNames()) {
            if (k.startsWith("notification.")) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static Properties load(String bundle, String lang) throws IOException {
        String name = "org/madang/i18n/" + bundle + "_" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = NoticeTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

package org.madang.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The portal's own text bundles ({@code org/madang/i18n/text_<lang>.properties}, UTF-8), so tests
 * compare pages with the translations instead of repeating strings that translators may change.
 */
public final class Texts {
    private final String language;
    private final Properties texts = new Properties();

    private Texts(String bundle, String language) {
        this.language = language;
        String name = "org/madang/i18n/" + bundle + "_" + language + ".properties";
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Texts of(String language) {
        return new Texts("text", language);
    }

    /** The messages bundle (notices, validation and error messages) rather than the page texts. */
    public static Texts messages(String language) {
        return new Texts("messages", language);
    }

    public String get(String key) {
        String v = texts.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no key " + key + " in the " + language + " bundle");
        }
        return v;
    }

    public String language() {
        return language;
    }
}

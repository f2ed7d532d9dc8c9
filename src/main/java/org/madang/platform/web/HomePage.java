package org.madang.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The portal's sections as the home page shows them. A section is a link once its pages exist;
 * until then the card says it is being prepared, rather than leading to an empty page.
 */
@Named
@ApplicationScoped
public class HomePage {
    public record Section(String key, String path, boolean available) {
        public String getTitleKey() {
            return "home.section." + key;
        }

        public String getDescriptionKey() {
            return "home.section." + key + ".text";
        }

        public String getPath() {
            return path;
        }

        public boolean isAvailable() {
            return available;
        }
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("services", "/services/", true),
            new Section("open", "/open/", true),
            new Section("forum", "/forum/", true),
            new Section("vote", "/vote/", true),
            new Section("performance", "/performance/", true));

    public List<Section> getSections() {
        return SECTIONS;
    }
}

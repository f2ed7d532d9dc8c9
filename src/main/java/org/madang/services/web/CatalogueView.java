package org.madang.services.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.LifeEvent;
import org.madang.services.domain.ServiceCategory;

import org.madang.platform.faces.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public catalogue: browse by category or life event, or search. Request-scoped and fed by
 * GET parameters only (no postback, no view state, no session), so every result is a link that
 * can be shared and the page is served from the cached catalogue.
 */
@Named
@RequestScoped
public class CatalogueView {
    @Inject
    Catalogue catalogue;

    private String q;
    private String category;
    private String event;
    private ServiceCategory chosenCategory;
    private LifeEvent chosenEvent;
    private List<ServiceView> results = List.of();
    private List<Group> groups = List.of();
    private final Map<ServiceCategory, Integer> counts = new EnumMap<>(ServiceCategory.class);

    /** Services of one category, for the browse view. */
    public record Group(ServiceCategory category, List<ServiceView> services) {
        public String getLabelKey() {
            return category.labelKey();
        }
    }

    public void load() {
        chosenCategory = parse(ServiceCategory.class, category).orElse(null);
        chosenEvent = parse(LifeEvent.class, event).orElse(null);
        List<ServiceView> all = catalogue.all();
        all.forEach(s -> counts.merge(s.category(), 1, Integer::sum));
        results = catalogue.search(q, chosenCategory, chosenEvent);
        if (!isFiltered()) {
            groups = Arrays.stream(ServiceCategory.values())
                    .map(c -> new Group(c, all.stream().filter(s -> s.category() == c).toList()))
                    .filter(g -> !g.services().isEmpty()).toList();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }

    /** A word to try after an empty result, as a search link. */
    public record Suggestion(String word, String query) {
    }

    /** Everyday words to try when nothing matched (a translated list, so each language suggests its own words). */
    public List<Suggestion> getSuggestions() {
        return Arrays.stream(Messages.format("services.search.suggestions").split(","))
                .map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> new Suggestion(w, URLEncoder.encode(w, StandardCharsets.UTF_8)))
                .toList();
    }

    public boolean isNothingFound() {
        return isFiltered() && results.isEmpty();
    }

    public boolean isFiltered() {
        return (q != null && !q.isBlank()) || chosenCategory != null || chosenEvent != null;
    }

    public List<ServiceView> getResults() {
        return results;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public LifeEvent[] getLifeEvents() {
        return LifeEvent.values();
    }

    public int count(ServiceCategory c) {
        return counts.getOrDefault(c, 0);
    }

    public boolean isChosen(ServiceCategory c) {
        return c == chosenCategory;
    }

    public boolean isChosenEvent(LifeEvent e) {
        return e == chosenEvent;
    }

    public ServiceCategory getChosenCategory() {
        return chosenCategory;
    }

    public LifeEvent getChosenEvent() {
        return chosenEvent;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }
}

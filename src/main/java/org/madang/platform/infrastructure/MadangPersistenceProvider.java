package org.madang.platform.infrastructure;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.jpa.HibernatePersistenceProvider;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (An adapter to the runtime, hence infrastructure: it hands Liberty the EntityManagerFactory.)
 * Hibernate, plus the search backend's settings read where every other setting is read (Liberty
 * variables and environment variables, through MicroProfile Config): persistence.xml is static.
 *
 * <ul>
 *   <li>{@code MADANG_SEARCH_BACKEND}: {@code lucene} (default; an index on local disk) or
 *       {@code elasticsearch} (Elasticsearch 7.10+/8 or OpenSearch 1/2 with the analysis-nori plugin;
 *       needed once several servers share the work).</li>
 *   <li>{@code MADANG_SEARCH_INDEX_DIR} (lucene): default {@code ${server.output.dir}/search-index}.
 *       Each application gets its own folder below it (a Lucene index has one writer).</li>
 *   <li>{@code MADANG_SEARCH_HOSTS}, {@code MADANG_SEARCH_PROTOCOL}, {@code MADANG_SEARCH_USERNAME},
 *       {@code MADANG_SEARCH_PASSWORD}, {@code MADANG_SEARCH_VERSION} (elasticsearch).</li>
 *   <li>{@code MADANG_SEARCH_COORDINATION}: {@code none} (default: each instance indexes its own
 *       changes at once) or {@code outbox-polling} (several instances: changes go through an outbox
 *       table in the same transaction and are indexed, shortly after, by one instance each). Only
 *       with elasticsearch: a Lucene index per instance would hold just that instance's share.</li>
 * </ul>
 */
public class MadangPersistenceProvider extends HibernatePersistenceProvider {
    private static final Logger LOG = Logger.getLogger(MadangPersistenceProvider.class.getName());
    private static final Pattern WAR = Pattern.compile("/([^/!]+)\\.war(?:/|!|$)");

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
        Map<Object, Object> all = new HashMap<>();
        if (properties != null) {
            all.putAll(properties);
        }
        all.putAll(searchSettings(MadangPersistenceProvider::read, applicationName(info)));
        instantiateSearchBeans(info, all);
        return super.createContainerEntityManagerFactory(info, all);
    }

    /**
     * Hibernate Search resolves {@code class:} bean references through the container's CDI, which
     * Liberty has not made ready while it builds the persistence unit ("CDI BeanManager not (yet)
     * ready to use"): such settings are handed over as instances instead.
     */
    private static void instantiateSearchBeans(PersistenceUnitInfo info, Map<Object, Object> all) {
        if (info == null || info.getProperties() == null) {
            return;
        }
        for (String name : info.getProperties().stringPropertyNames()) {
            String value = info.getProperties().getProperty(name);
            if (name.startsWith("hibernate.search.") && value != null && value.startsWith("class:")
                    && !all.containsKey(name)) {
                try {
                    ClassLoader loader = info.getClassLoader() != null ? info.getClassLoader()
                            : Thread.currentThread().getContextClassLoader();
                    Class<?> type = Class.forName(value.substring("class:".length()).trim(), true, loader);
                    all.put(name, type.getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot create " + value + " for " + name, e);
                }
            }
        }
    }

    /** The Hibernate Search properties for the configured backend. */
    static Map<String, String> searchSettings(Settings setting, String application) {
        Map<String, String> p = new HashMap<>();
        String backend = setting.getOptionalValue("MADANG_SEARCH_BACKEND").orElse("lucene").trim().toLowerCase(java.util.Locale.ROOT);
        p.put("hibernate.search.backend.type", backend);
        String coordination = setting.getOptionalValue("MADANG_SEARCH_COORDINATION").orElse("none").trim()
                .toLowerCase(java.util.Locale.ROOT);
        switch (coordination) {
            case "none" -> { }
            case "outbox-polling" -> {
                if ("lucene".equals(backend)) {
                    throw new IllegalStateException("MADANG_SEARCH_COORDINATION=outbox-polling needs"
                            + " MADANG_SEARCH_BACKEND=elasticsearch: with Lucene each instance's index would hold"
                            + " only the changes its own agent was given");
                }
                p.put("hibernate.search.coordination.strategy", "outbox-polling");
            }
            default -> throw new IllegalStateException("MADANG_SEARCH_COORDINATION must be none or outbox-polling");
        }
        if ("lucene".equals(backend)) {
            String root = setting.getOptionalValue("MADANG_SEARCH_INDEX_DIR").orElseGet(() -> Path.of(
                    System.getProperty("server.output.dir", System.getProperty("user.dir")), "search-index").toString());
            String dir = Path.of(root, application).toAbsolutePath().normalize().toString();
            p.put("hibernate.search.backend.directory.root", dir);
            LOG.info("search: Lucene index in " + dir);
        } else {
            setting.getOptionalValue("MADANG_SEARCH_HOSTS").ifPresent(v -> p.put("hibernate.search.backend.hosts", v));
            setting.getOptionalValue("MADANG_SEARCH_PROTOCOL").ifPresent(v -> p.put("hibernate.search.backend.protocol", v));
            setting.getOptionalValue("MADANG_SEARCH_USERNAME").ifPresent(v -> p.put("hibernate.search.backend.username", v));
            setting.getOptionalValue("MADANG_SEARCH_PASSWORD").ifPresent(v -> p.put("hibernate.search.backend.password", v));
            setting.getOptionalValue("MADANG_SEARCH_VERSION").ifPresent(v -> p.put("hibernate.search.backend.version", v));
            LOG.info("search: backend " + backend + ", coordination " + coordination);
        }
        return p;
    }

    /** Where settings are read (MicroProfile Config in the server; a map in a test). */
    @FunctionalInterface
    interface Settings {
        Optional<String> getOptionalValue(String name);
    }

    private static Optional<String> read(String name) {
        Optional<String> v;
        try {
            Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
            v = config.getOptionalValue(name, String.class);
        } catch (RuntimeException noConfigHere) {
            v = Optional.ofNullable(System.getenv(name));
        }
        return v.filter(s -> !s.isBlank() && !s.contains("${"));
    }

    /** madang, or madang-it for the integration tests' copy deployed beside it. */
    static String applicationName(PersistenceUnitInfo info) {
        try {
            Object name = new javax.naming.InitialContext().lookup("java:app/AppName");
            if (name instanceof String s && !s.isBlank()) {
                return s;
            }
        } catch (javax.naming.NamingException | RuntimeException notBoundHere) {
            // fall through to the unit's location
        }
        String root = info == null || info.getPersistenceUnitRootUrl() == null ? ""
                : info.getPersistenceUnitRootUrl().toString();
        Matcher m = WAR.matcher(root);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return found == null ? "madang" : found.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}

package org.madang.platform.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madang.testsupport.Database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hibernate Search's outbox-polling coordination on the portal's own database (the Flyway schema
 * {@code mvn verify} migrated): what several instances rely on with {@code
 * MADANG_SEARCH_COORDINATION=outbox-polling}. No Elasticsearch/OpenSearch can run on the build
 * machine, so each of the two "instances" here (two Hibernate bootstraps in this JVM) keeps a Lucene
 * index in its heap: that shows who indexed what. Checked: the migration's outbox and agent tables
 * are exactly what Hibernate Search maps (schema validation at bootstrap); every change committed on
 * one instance is indexed exactly once across the two (each agent takes its own shard); when one
 * instance stops, the other takes over all of the work.
 */
class SearchOutboxIT {
    private static final String TABLE = "search_outbox_probe";

    @Entity(name = "SearchOutboxProbe")
    @jakarta.persistence.Table(name = TABLE)
    @Indexed(index = "search_outbox_probe")
    public static class Probe {
        @Id
        Long id;
        @FullTextField
        String title;

        protected Probe() {
        }

        Probe(long id) {
            this.id = id;
            this.title = "probe " + id;
        }
    }

    private static SessionFactory a;
    private static SessionFactory b;

    @BeforeAll
    static void twoInstances() throws Exception {
        Database.update("create table if not exists " + TABLE + " (id bigint primary key, title varchar(255))");
        Database.update("delete from " + TABLE);
        Database.update("delete from hsearch_outbox_event where entityname = 'SearchOutboxProbe'");
        Database.update("delete from hsearch_agent");
        a = instance("a");
        b = instance("b");
        // both agents registered and given one shard each
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> Database.number(
                "select count(*) from hsearch_agent where state = 'RUNNING' and totalshardcount = 2") == 2);
    }

    @AfterAll
    static void stop() throws Exception {
        for (SessionFactory f : new SessionFactory[] {a, b}) {
            if (f != null && f.isOpen()) {
                f.close();
            }
        }
        Database.update("drop table if exists " + TABLE);
        Database.update("delete from hsearch_outbox_event where entityname = 'SearchOutboxProbe'");
        Database.update("delete from hsearch_agent");
    }

    @Test
    void everyChangeIsIndexedOnceAcrossTheInstancesThenTheSurvivorTakesAllTheWork() throws Exception {
        save(a, LongStream.rangeClosed(1, 40));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                Database.number("select count(*) from hsearch_outbox_event where entityname = 'SearchOutboxProbe'") == 0
                        && indexed(a).size() + indexed(b).size() == 40);

        Set<Long> onA = indexed(a);
        Set<Long> onB = indexed(b);
        assertThat(onA).as("instance a's share").isNotEmpty();
        assertThat(onB).as("instance b's share").isNotEmpty();
        Set<Long> both = new HashSet<>(onA);
        both.retainAll(onB);
        assertThat(both).as("indexed by both").isEmpty();
        Set<Long> all = new HashSet<>(onA);
        all.addAll(onB);
        assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());

        // b stops (its agent leaves); a rebalances to every shard and indexes what follows alone
        b.close();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> Database.number(
                "select count(*) from hsearch_agent where state = 'RUNNING' and totalshardcount = 1") == 1);
        save(a, LongStream.rangeClosed(41, 60));
        // (an event leaves the outbox once its document is written)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                Database.number("select count(*) from hsearch_outbox_event where entityname = 'SearchOutboxProbe'") == 0
                        && indexed(a).containsAll(LongStream.rangeClosed(41, 60).boxed().toList()));
        assertThat(indexed(a)).hasSize(onA.size() + 20);
    }

    @Test
    void aChangeRolledBackLeavesNothingInTheOutbox() throws Exception {
        try (var s = a.openSession()) {
            var tx = s.beginTransaction();
            s.persist(new Probe(1_000));
            s.flush();
            tx.rollback();
        }
        assertThat(Database.number("select count(*) from hsearch_outbox_event where entityid = '1000'")).isZero();
        assertThat(Database.number("select count(*) from " + TABLE + " where id = 1000")).isZero();
    }

    private static void save(SessionFactory f, LongStream ids) {
        f.inTransaction(s -> ids.forEach(id -> s.persist(new Probe(id))));
    }

    private static Set<Long> indexed(SessionFactory f) {
        try (var s = f.openSession()) {
            List<Long> ids = Search.session(s).search(Probe.class).select(p -> p.id(Long.class))
                    .where(p -> p.matchAll()).fetchAllHits();
            return new HashSet<>(new ArrayList<>(ids));
        }
    }

    private static SessionFactory instance(String name) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("jakarta.persistence.jdbc.url",
                        "jdbc:postgresql://localhost:" + System.getProperty("madang.db.port", "5433") + "/madang")
                .applySetting("jakarta.persistence.jdbc.user", "madang")
                .applySetting("jakarta.persistence.jdbc.password", "madang")
                .applySetting("hibernate.connection.pool_size", "4")
                .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                // the Flyway tables must be what Hibernate Search maps, or this bootstrap fails
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .applySetting("hibernate.search.coordination.strategy", "outbox-polling")
                .applySetting("hibernate.search.coordination.event_processor.polling_interval", "50")
                .applySetting("hibernate.search.coordination.event_processor.pulse_interval", "200")
                .applySetting("hibernate.search.coordination.event_processor.pulse_expiration", "1000")
                .applySetting("hibernate.search.backend.type", "lucene")
                .applySetting("hibernate.search.backend.directory.type", "local-heap")
                .applySetting("hibernate.search.schema_management.strategy", "drop-and-create-and-drop")
                .applySetting("hibernate.search.configuration_property_checking.strategy", "ignore")
                .applySetting("hibernate.session_factory_name_is_jndi", "false")
                .applySetting("hibernate.session_factory_name", "search-outbox-" + name)
                .build();
        return new MetadataSources(registry).addAnnotatedClass(Probe.class).buildMetadata().buildSessionFactory();
    }
}

package org.madang.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The zero-setup database: real PostgreSQL binaries (zonky) on a fixed port with a data directory
 * that survives restarts. Maven starts it asynchronously beside Liberty and stops it on exit.
 * Test scope only, so the WAR and the production image never carry it.
 */
public final class DevPostgres {
    private DevPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DB_HOST") != null && !System.getenv("DB_HOST").isBlank()) {
            // An external server was chosen: the embedded one would only waste a port.
            System.out.println("[devdb] DB_HOST is set: using the external PostgreSQL, embedded one not started");
            Thread.currentThread().join();
            return;
        }
        long t0 = System.nanoTime();
        int port = Integer.getInteger("devdb.port", 5433);
        File data = new File(System.getProperty("devdb.dir", "target/devdb/data")).getAbsoluteFile();
        if (Boolean.getBoolean("devdb.fresh") && data.exists()) {
            deleteTree(data.toPath());
        }
        // zonky cleans unlocked directories inside its working directory: keep data outside it
        File bin = new File(data.getParentFile(), "bin");
        bin.mkdirs();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(bin)
                .setServerConfig("max_connections", "200")
                .start();
        String name = System.getProperty("devdb.name", "madang");
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_roles where rolname='" + name + "'")) {
                if (!r.next()) {
                    s.execute("create role " + name + " login password '" + name + "'");
                }
            }
            try (ResultSet r = s.executeQuery("select 1 from pg_database where datname='" + name + "'")) {
                if (!r.next()) {
                    s.execute("create database " + name + " owner " + name + " encoding 'UTF8' template template0");
                }
            }
        }
        System.out.printf("[devdb] PostgreSQL ready on localhost:%d, data in %s (%d ms)%n",
                port, data, (System.nanoTime() - t0) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("[devdb] stopping PostgreSQL")));
        Thread.currentThread().join();
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

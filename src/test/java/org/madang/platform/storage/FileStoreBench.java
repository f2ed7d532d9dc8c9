package org.madang.platform.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * bench/files.sh: put and get of a 1 MB and a 10 MB file in each store, beside an anchor measured
 * in the same run on the same storage: {@code cp} and {@code dd conv=fsync} of the same file into
 * the same folder, a plain JDBC insert and select of the same bytes, {@code curl} PUT and GET of the
 * same file to the same S3 server. Median of ROUNDS (default 9) after two warm-up rounds, in ms.
 */
public final class FileStoreBench {
    private FileStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 9);
        Path work = Files.createTempDirectory("madang-files-bench-");
        List<String> lines = new ArrayList<>();
        lines.add("| store | size | put (median ms) | get (median ms) | anchor, same run | anchor put | anchor get |");
        lines.add("|---|---|---|---|---|---|---|");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute(Files.readString(
                        Path.of("src/main/resources/db/migration/V202612100300__platform_stored_files.sql")));
                c.createStatement().execute("create table anchor (id bigserial primary key, b bytea not null)");
                c.createStatement().execute("alter table anchor alter column b set storage external");
            }
            Process s3proxy = startS3Proxy(work);
            try {
                URI endpoint = URI.create("http://127.0.0.1:" + s3Port);
                S3FileStore s3 = new S3FileStore(new S3FileStore.Settings(Optional.of(endpoint), "bench", "us-east-1",
                        true, Optional.of("bench"), Optional.of("bench-secret")));
                run("curl", "-fsS", "-X", "PUT", endpoint + "/bench");
                for (int mb : new int[] {1, 10}) {
                    byte[] content = new byte[mb * 1024 * 1024];
                    new Random(mb).nextBytes(content);
                    Path source = work.resolve("source-" + mb);
                    Files.write(source, content);
                    Path dir = work.resolve("files");
                    DirectoryFileStore directory = new DirectoryFileStore(dir);
                    Files.createDirectories(dir);
                    lines.add(row("directory", mb, directory, content, rounds,
                            "`cp` / `dd conv=fsync`, same folder",
                            () -> time(() -> run("dd", "if=" + source, "of=" + dir.resolve("anchor-" + System.nanoTime()),
                                    "bs=1M", "conv=fsync", "status=none")),
                            () -> time(() -> run("cp", source.toString(), dir.resolve("copy-" + System.nanoTime()).toString()))));
                    lines.add(row("database", mb, new DatabaseFileStore(ds), content, rounds,
                            "plain JDBC insert / select", () -> time(() -> insert(ds, content)), () -> time(() -> select(ds))));
                    lines.add(row("s3 (S3Proxy, in memory)", mb, s3, content, rounds, "`curl` PUT / GET, same server",
                            () -> time(() -> run("curl", "-fsS", "-T", source.toString(), endpoint + "/bench/anchor-" + mb)),
                            () -> time(() -> run("curl", "-fsS", "-o", "/dev/null", endpoint + "/bench/anchor-" + mb))));
                }
                s3.close();
            } finally {
                s3proxy.destroy();
                s3proxy.waitFor();
            }
        }
        lines.forEach(System.out::println);
    }

    private static int s3Port;

    private static Process startS3Proxy(Path work) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            s3Port = s.getLocalPort();
        }
        Path conf = work.resolve("s3proxy.conf");
        // anonymous, so curl can be the anchor; the store still signs its requests
        Files.writeString(conf, "s3proxy.endpoint=http://127.0.0.1:" + s3Port + "\ns3proxy.authorization=none\n"
                + "jclouds.provider=transient-nio2\njclouds.identity=bench\njclouds.credential=bench-secret\n",
                StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", System.getProperty("madang.s3proxy.jar", "target/s3proxy/s3proxy.jar"), "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
        for (int i = 0; i < 240; i++) {
            try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", s3Port)) {
                return p;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        p.destroy();
        throw new IllegalStateException("S3Proxy did not start");
    }

    private static String row(String name, int mb, FileStore store, byte[] content, int rounds, String anchor,
                              Callable<Double> anchorPut, Callable<Double> anchorGet) throws Exception {
        List<String> keys = new ArrayList<>();
        double[] put = measure(rounds, () -> {
            String key = StorageKeys.newKey("");
            keys.add(key);
            return time(() -> store.put(key, content));
        });
        double[] get = measure(rounds, () -> time(() -> {
            if (store.read(keys.get(0)).length != content.length) {
                throw new IllegalStateException("short read");
            }
        }));
        double[] aPut = measure(rounds, anchorPut);
        double[] aGet = measure(rounds, anchorGet);
        keys.forEach(store::delete);
        return String.format("| %s | %d MB | %.1f | %.1f | %s | %.1f | %.1f |", name, mb, median(put), median(get), anchor,
                median(aPut), median(aGet));
    }

    private static double[] measure(int rounds, Callable<Double> one) throws Exception {
        one.call();
        one.call();
        double[] t = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            t[i] = one.call();
        }
        return t;
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    interface Step {
        void run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command[0] + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
    }

    private static void insert(DataSource ds, byte[] content) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("insert into anchor (b) values (?)")) {
            ps.setBytes(1, content);
            ps.executeUpdate();
        }
    }

    private static void select(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select b from anchor order by id desc limit 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            rs.getBytes(1);
        }
    }
}

package org.madang.platform.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The contract on a real S3-compatible server: S3Proxy (Maven Central, {@code org.gaul:s3proxy}),
 * in-memory backend, AWS signature v4, started in a JVM of its own (the build copies its jar to
 * {@code target/s3proxy}) so that its libraries never meet the test classpath.
 */
class S3FileStoreTest extends FileStoreContract {
    private static final String IDENTITY = "madang-test";
    private static final String CREDENTIAL = "madang-test-secret";
    private static Process server;
    private static URI endpoint;
    private static S3FileStore store;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("madang.s3proxy.jar", "target/s3proxy/s3proxy.jar"));
        assertThat(jar).as("copied by maven-dependency-plugin (process-test-resources)").exists();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
        Path dir = Files.createTempDirectory("madang-s3proxy-");
        Path conf = dir.resolve("s3proxy.conf");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=transient-nio2",
                "jclouds.identity=" + IDENTITY,
                "jclouds.credential=" + CREDENTIAL, ""));
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(), "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> answers(endpoint));
        try (S3Client admin = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
                .build()) {
            admin.createBucket(b -> b.bucket("madang-files"));
        }
        store = new S3FileStore(settings(CREDENTIAL));
    }

    private static S3FileStore.Settings settings(String secret) {
        return new S3FileStore.Settings(Optional.of(endpoint), "madang-files", "us-east-1", true,
                Optional.of(IDENTITY), Optional.of(secret));
    }

    private static boolean answers(URI endpoint) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
            c.setConnectTimeout(500);
            return c.getResponseCode() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Override
    FileStore store() {
        return store;
    }

    @Override
    Caller begin() {
        return new Caller(store, new ArrayList<>());
    }

    @Test
    void aWrongSecretIsNotStoredAndTheSecretIsNeverShown() {
        S3FileStore wrong = new S3FileStore(settings("not-the-secret"));
        try {
            assertThatThrownBy(() -> wrong.put(StorageKeys.newKey(""), new byte[] {1}))
                    .isInstanceOf(FileStore.NotStored.class);
            assertThat(wrong.describe()).contains("madang-files").doesNotContain("not-the-secret");
        } finally {
            wrong.close();
        }
    }

    @Test
    void settingsNeedABucketAndBothHalvesOfAKey() {
        assertThatThrownBy(() -> new S3FileStore.Settings(Optional.empty(), " ", "us-east-1", false,
                Optional.empty(), Optional.empty())).hasMessageContaining("MADANG_S3_BUCKET");
        assertThatThrownBy(() -> new S3FileStore.Settings(Optional.empty(), "b", "us-east-1", false,
                Optional.of("id"), Optional.empty())).hasMessageContaining("MADANG_S3_SECRET_KEY");
        assertThat(List.of(settings(CREDENTIAL).toString())).noneMatch(s -> s.contains(CREDENTIAL));
    }
}

package org.madang.platform.storage;

import jakarta.enterprise.inject.Vetoed;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code MADANG_FILE_STORE=s3}: files as objects in one bucket of an S3-compatible store (AWS S3,
 * MinIO, Ceph RGW, …), the storage key being the object key. A put is one PUT request, which the
 * store keeps whole or not at all; a taken key is refused after a HEAD request.
 */
@Vetoed
public final class S3FileStore implements FileStore {
    /** The connection settings; the secret is never part of {@link #toString()} or the log. */
    public record Settings(Optional<URI> endpoint, String bucket, String region, boolean pathStyle,
                           Optional<String> accessKey, Optional<String> secretKey) {
        public Settings {
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalStateException("MADANG_FILE_STORE=s3 needs MADANG_S3_BUCKET");
            }
            if (accessKey.isPresent() != secretKey.isPresent()) {
                throw new IllegalStateException("MADANG_S3_ACCESS_KEY and MADANG_S3_SECRET_KEY go together");
            }
        }

        @Override
        public String toString() {
            return "bucket " + bucket + " at " + endpoint.map(URI::toString).orElse("AWS") + " (region " + region
                    + (pathStyle ? ", path-style" : "") + ", credentials "
                    + (accessKey.isPresent() ? "from MADANG_S3_ACCESS_KEY" : "from the AWS default chain") + ")";
        }
    }

    private final S3Client s3;
    private final Settings settings;

    public S3FileStore(Settings settings) {
        this.settings = settings;
        AwsCredentialsProvider credentials = settings.accessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().get(),
                        settings.secretKey().orElseThrow()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder b = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials)
                // the SDK's newer default checksums are not understood by every S3-compatible store;
                // the portal keeps each file's SHA-256 itself
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().ifPresent(b::endpointOverride);
        this.s3 = b.build();
    }

    @Override
    public void put(String key, InputStream content, long size) {
        put(key, size, RequestBody.fromInputStream(content, size));
    }

    /** Bytes in memory: the SDK can send them again when a request is retried. */
    @Override
    public void put(String key, byte[] content) {
        put(key, content.length, RequestBody.fromBytes(content));
    }

    private void put(String key, long size, RequestBody body) {
        StorageKeys.check(key);
        // Looked for first, not refused by If-None-Match: the SDK retries a PUT whose answer it did not
        // get, and a conditional retry of a PUT that did land would be refused. Keys are fresh random
        // UUIDs, so nothing else writes the same key between the look and the PUT.
        if (exists(key)) {
            throw new KeyTaken(key);
        }
        try {
            s3.putObject(r -> r.bucket(settings.bucket()).key(key).contentLength(size)
                    .contentType("application/octet-stream"), body);
        } catch (RuntimeException e) {
            // the SDK's own failures, and a source that broke off (IllegalStateException, UncheckedIOException)
            throw notStored("cannot store a file in", e);
        }
    }

    @Override
    public InputStream open(String key) {
        StorageKeys.check(key);
        try {
            return s3.getObject(r -> r.bucket(settings.bucket()).key(key));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new Missing(key, new IOException(e));
            }
            throw notStored("cannot read a file in", e);
        } catch (SdkException e) {
            throw notStored("cannot read a file in", e);
        }
    }

    @Override
    public boolean exists(String key) {
        StorageKeys.check(key);
        try {
            s3.headObject(r -> r.bucket(settings.bucket()).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw notStored("cannot look for a file in", e);
        } catch (SdkException e) {
            throw notStored("cannot look for a file in", e);
        }
    }

    @Override
    public void delete(String key) {
        StorageKeys.check(key);
        try {
            s3.deleteObject(r -> r.bucket(settings.bucket()).key(key));
        } catch (SdkException e) {
            throw notStored("cannot delete a file in", e);
        }
    }

    @Override
    public String describe() {
        return "S3 " + settings;
    }

    @Override
    public void close() {
        s3.close();
    }

    private NotStored notStored(String what, RuntimeException e) {
        return new NotStored(what + " S3 bucket " + settings.bucket(), new IOException(e));
    }
}

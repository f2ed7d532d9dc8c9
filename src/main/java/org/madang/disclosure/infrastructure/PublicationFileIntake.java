package org.madang.disclosure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.disclosure.domain.FileFormat;
import org.madang.disclosure.domain.PersonalDataScan;
import org.madang.disclosure.domain.StoredFile;
import org.madang.platform.error.InvalidInput;

import java.io.InputStream;
import java.util.logging.Logger;

/** An uploaded file checked (size, format, readable), read for search, scanned for personal data, stored. */
@ApplicationScoped
public class PublicationFileIntake {
    private static final Logger LOG = Logger.getLogger(PublicationFileIntake.class.getName());
    public static final int MAX_NAME = 255;

    @Inject
    PublicationFiles files;
    @Inject
    @ConfigProperty(name = "MADANG_OPEN_MAX_BYTES", defaultValue = "20971520")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public StoredFile take(String fileName, byte[] bytes) {
        if (bytes == null || fileName == null || fileName.isBlank()) {
            throw new InvalidInput("open.file.required").onField("file");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInput("open.file.tooLarge", maxBytes / (1024 * 1024)).onField("file");
        }
        String name = safeName(fileName);
        FileReading.Read read = FileReading.read(name, bytes);
        PublicationFiles.Written w = files.write(bytes);
        LOG.info("open: file stored, " + bytes.length + " bytes, " + read.format() + ", text " + read.status());
        return new StoredFile(name, read.format(), bytes.length, w.key(), w.sha256(), read.text(), read.status(),
                PersonalDataScan.scan(read.text()));
    }

    public InputStream open(String storageKey) {
        return files.open(storageKey);
    }

    public byte[] read(String storageKey) {
        return files.read(storageKey);
    }

    public void forget(String storageKey) {
        files.deleteAfterCommit(storageKey);
    }

    /** The name without folders or control characters, short enough, keeping its extension. */
    static String safeName(String fileName) {
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        if (n.length() > MAX_NAME) {
            String ext = FileFormat.ofFileName(n).map(f -> "." + f.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
            n = n.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return n.isEmpty() ? "file" : n;
    }
}

package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.services.domain.ApplicationInputInvalid;
import org.madang.services.domain.Attachment;
import org.madang.services.domain.AttachmentType;
import org.madang.services.infrastructure.AttachmentStore;

import java.time.Instant;

/**
 * Takes a file in: refuses an empty or oversized one and anything that is not really a PDF, JPEG
 * or PNG (judged by its bytes, not its name), then stores the bytes outside the web root.
 */
@ApplicationScoped
public class AttachmentIntake {
    @Inject
    AttachmentStore store;
    @Inject
    @ConfigProperty(name = "MADANG_ATTACHMENT_MAX_BYTES", defaultValue = "10485760")
    long maxBytes;

    Attachment accept(String fieldKey, Attachment.Purpose purpose, String fileName, byte[] content, long uploader,
                      Instant now) {
        if (content == null || content.length == 0) {
            throw new ApplicationInputInvalid("services.application.attachment.empty", fieldKey);
        }
        if (content.length > maxBytes) {
            throw new ApplicationInputInvalid("services.application.attachment.tooLarge", fieldKey,
                    maxBytes / (1024 * 1024));
        }
        AttachmentType type = AttachmentType.sniff(content).orElseThrow(() ->
                new ApplicationInputInvalid("services.application.attachment.type", fieldKey));
        AttachmentStore.Stored stored;
        try {
            stored = store.write(content);
        } catch (AttachmentStore.NotStored full) {
            // the person's other answers stay as they were; only this file is not taken
            throw new ApplicationInputInvalid("services.application.attachment.notStored", fieldKey);
        }
        return new Attachment(fieldKey, purpose, fileName, type, content.length, stored.sha256(), stored.key(),
                uploader, now);
    }

    byte[] read(Attachment a) {
        return store.read(a.getStorageKey());
    }

    void discard(Attachment a) {
        store.deleteAfterCommit(a.getStorageKey());
    }

    public long maxBytes() {
        return maxBytes;
    }
}

package org.madang.services.application;

import org.junit.jupiter.api.Test;
import org.madang.services.domain.ApplicationInputInvalid;
import org.madang.services.domain.Attachment;
import org.madang.services.infrastructure.AttachmentStore;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A file the storage cannot take (a full disk) is refused at its field with a translated message, not a 500. */
class AttachmentIntakeTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    /** The storage port's test double: its disk is full. */
    static final class FullStore extends AttachmentStore {
        @Override
        public Stored write(byte[] content) {
            throw new NotStored("disk full", new java.io.IOException("No space left on device"));
        }
    }

    @Test
    void aFullDiskIsAClearMessageOnTheFileField() {
        AttachmentIntake intake = new AttachmentIntake();
        intake.store = new FullStore();
        intake.maxBytes = 1024;
        ApplicationInputInvalid e = catchThrowableOfType(() -> intake.accept("certificate", Attachment.Purpose.FORM,
                "scan.png", PNG, 7L, Instant.parse("2026-12-09T03:00:00Z")), ApplicationInputInvalid.class);
        assertThat(e.messageKey()).isEqualTo("services.application.attachment.notStored");
        assertThat(e.field()).isEqualTo("certificate");
    }
}

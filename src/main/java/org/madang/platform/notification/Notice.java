package org.madang.platform.notification;

import java.io.Serializable;
import java.util.List;

/**
 * A message for one person, fired as a CDI event by any context (a status change, an answer, an
 * alert). The notification context puts it in the person's portal inbox and e-mails it in their
 * language; the sender never needs to know the address or the language. Keys are in the
 * {@code messages} bundle; {@code link} is a path inside the portal (or null).
 */
public record Notice(long recipientAccountId, String subjectKey, String bodyKey, List<String> arguments,
                     String link, String category) implements Serializable {
    public Notice {
        if (subjectKey == null || subjectKey.isBlank() || bodyKey == null || bodyKey.isBlank()) {
            throw new IllegalArgumentException("a notice needs a subject and a body key");
        }
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        if (link != null && !link.startsWith("/")) {
            throw new IllegalArgumentException("a notice links inside the portal only");
        }
    }
}

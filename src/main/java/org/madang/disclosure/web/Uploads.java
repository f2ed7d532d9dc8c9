package org.madang.disclosure.web;

import jakarta.faces.application.FacesMessage;
import jakarta.servlet.http.Part;
import org.madang.disclosure.application.Upload;
import org.madang.platform.faces.Messages;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded part read at the edge: refused with a message before any service is called if missing or too big. */
final class Uploads {
    private Uploads() {
    }

    static Upload read(Part part, String field, long maxBytes) throws IOException {
        if (part == null || part.getSize() == 0 || part.getSubmittedFileName() == null) {
            Messages.add(field, FacesMessage.SEVERITY_ERROR, "open.file.required");
            return null;
        }
        if (part.getSize() > maxBytes) {
            Messages.add(field, FacesMessage.SEVERITY_ERROR, "open.file.tooLarge", maxBytes / (1024 * 1024));
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new Upload(part.getSubmittedFileName(), in.readAllBytes());
        }
    }
}

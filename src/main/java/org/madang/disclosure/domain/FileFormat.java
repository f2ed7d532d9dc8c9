package org.madang.disclosure.domain;

import java.util.Locale;
import java.util.Optional;

/** The file formats a publication may carry, with the content type they are served as. */
public enum FileFormat {
    PDF("application/pdf"), CSV("text/csv; charset=UTF-8"), JSON("application/json"), TXT("text/plain; charset=UTF-8");

    private final String contentType;

    FileFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isData() {
        return this == CSV || this == JSON;
    }

    /** The format a file name announces, if it is one we accept. */
    public static Optional<FileFormat> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.substring(dot + 1).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

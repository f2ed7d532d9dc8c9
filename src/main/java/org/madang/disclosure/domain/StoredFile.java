package org.madang.disclosure.domain;

/** A file already checked, stored and read: what a new version is made of. */
public record StoredFile(String fileName, FileFormat format, long sizeBytes, String storageKey, String sha256,
                         String text, TextStatus textStatus, PersonalDataFindings findings) {
}

package org.madang.disclosure.application;

/** A file as it arrived: the name the uploader gave it and its bytes. */
public record Upload(String fileName, byte[] bytes) {
}

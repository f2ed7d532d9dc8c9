package org.madang.disclosure.request.domain;

/** The form in which the requester wants the information (공개 방법). */
public enum RequestForm {
    COPY, ELECTRONIC_FILE, INSPECTION;

    public String labelKey() {
        return "disclosure.request.form." + name();
    }
}

package org.madang.services.domain;

/** The kinds of question a service's form may ask (forms are data, rendered from their definition). */
public enum FieldType {
    TEXT, TEXTAREA, NUMBER, DATE, EMAIL, PHONE, SELECT, RADIO, CHECKBOX, FILE
}

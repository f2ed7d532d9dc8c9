package org.madang.disclosure.request.application;

import org.madang.disclosure.request.domain.NonDisclosureGround;

import java.io.Serializable;

/**
 * A part the officer withheld from a released file: its text (used only to check the file and then
 * forgotten) and the ground of art. 9(1) it was withheld on.
 */
public record WithheldPart(String text, NonDisclosureGround ground) implements Serializable {
}

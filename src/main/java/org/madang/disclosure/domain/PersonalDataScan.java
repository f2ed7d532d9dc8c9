package org.madang.disclosure.domain;

import org.madang.platform.privacy.PersonalDataText;

/**
 * Finds what must not be published by mistake in a file's text (the platform's checker: resident
 * registration numbers, phone numbers, e-mail addresses). It errs towards finding: the publisher
 * confirms a false alarm.
 */
public final class PersonalDataScan {
    private PersonalDataScan() {
    }

    public static PersonalDataFindings scan(String text) {
        PersonalDataText.Counts c = PersonalDataText.count(text);
        return c.any() ? new PersonalDataFindings(c.residentNumbers(), c.phoneNumbers(), c.emailAddresses())
                : PersonalDataFindings.none();
    }
}

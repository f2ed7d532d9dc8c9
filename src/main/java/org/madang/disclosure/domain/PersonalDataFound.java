package org.madang.disclosure.domain;

import org.madang.platform.error.Conflict;

/** Publication refused: the file's text holds personal data nobody has confirmed may be published. */
public class PersonalDataFound extends Conflict {
    private static final long serialVersionUID = 1L;

    public PersonalDataFound(PersonalDataFindings f) {
        super("open.personalData.found", f.residentNumbers(), f.phoneNumbers(), f.emailAddresses());
        onField("file");
    }
}

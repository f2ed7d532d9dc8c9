package org.madang.disclosure.application;

import org.madang.disclosure.domain.Licence;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationDetails;
import org.madang.disclosure.domain.PublicationType;

/** The publisher's metadata form, as typed; checked when the service turns it into details. */
public record PublicationForm(PublicationType type, PublicationCategory category, String titleKo, String titleEn,
                              String summaryKo, String summaryEn, String legalBasis, String keywords,
                              Licence licence) {
    PublicationDetails details() {
        return new PublicationDetails(type, category, titleKo, titleEn, summaryKo, summaryEn, legalBasis, keywords,
                licence);
    }
}

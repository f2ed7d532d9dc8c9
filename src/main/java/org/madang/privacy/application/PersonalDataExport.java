package org.madang.privacy.application;

import org.madang.platform.privacy.PersonalData;

import java.io.Serializable;

import java.time.Instant;
import java.util.List;

/**
 * Everything the portal holds about one person, section by section, as "download my data" gives it.
 * {@code withheldAccesses} counts reads of their data whose details are under an embargo.
 */
public record PersonalDataExport(long accountId, Instant exportedAt, List<ExportSection> sections,
                                 long withheldAccesses) implements PersonalData, Serializable {
    public static final String FORMAT = "madang-personal-data";
    public static final int VERSION = 1;

    public PersonalDataExport {
        sections = List.copyOf(sections);
    }

    @Override
    public long dataSubjectId() {
        return accountId;
    }
}

package org.madang.voting.web.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.madang.platform.faces.Messages;

import java.text.NumberFormat;
import java.util.Locale;

/** Money and region names on the poll pages, in the viewer's language. */
@Named("pollFmt")
@ApplicationScoped
public class PollFormats {
    /** "12,000,000원" in Korean, "KRW 12,000,000" in English. */
    public String krw(Long amount) {
        if (amount == null) {
            return "";
        }
        return Messages.format("poll.krw", NumberFormat.getIntegerInstance(Locale.KOREA).format(amount));
    }

    /** The region's name, or "any region". */
    public String region(String region) {
        return Messages.format(region == null ? "poll.eligibility.anyRegion" : "region." + region);
    }
}

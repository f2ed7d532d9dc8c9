package org.madang.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.madang.platform.faces.Messages;
import org.madang.services.domain.ProcessingPeriod;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How the catalogue shows fees and legal processing periods, in the viewer's language. The
 * period says how the Civil Petitions Treatment Act counts it (working hours for five days or
 * less), because that is how the due date on the citizen's application will be computed.
 */
@Named("svcFmt")
@ApplicationScoped
public class ServiceFormats {

    public String fee(BigDecimal won) {
        return fee(won, Messages.currentLocale());
    }

    static String fee(BigDecimal won, Locale locale) {
        if (won == null || won.signum() == 0) {
            return text(locale, "services.fee.free");
        }
        return text(locale, "services.fee.amount", NumberFormat.getIntegerInstance(Locale.KOREA).format(won));
    }

    public String period(ProcessingPeriod p) {
        return period(p, Messages.currentLocale());
    }

    static String period(ProcessingPeriod p, Locale locale) {
        if (p == null) {
            return "";
        }
        return switch (p.unit()) {
            case IMMEDIATE -> text(locale, "services.period.immediate", ProcessingPeriod.IMMEDIATE_HOURS);
            case HOURS -> text(locale, "services.period.hours", p.amount());
            case DAYS -> p.countsInHours()
                    ? text(locale, "services.period.shortDays", p.amount(), p.workingHours())
                    : text(locale, "services.period.days", p.amount());
        };
    }

    private static String text(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(Messages.TEXT, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}

package org.madang.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one reading of a {@code datetime-local} field ("2026-12-01T09:00", seconds allowed) as a
 * moment in the portal's time zone, and back. Empty is null (a {@code required} field says so);
 * anything else that is not a date and time is refused with a translated message (the input's own
 * {@code converterMessage} if it gives one), the typed text kept in the field.
 */
@FacesConverter(value = "madang.localDateTime", managed = true)
public class LocalDateTimeConverter implements Converter<Instant> {
    static final String INVALID = "platform.dateTime.invalid";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    ZoneId zone;

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value, zone);
        } catch (DateTimeException e) {
            String text = Messages.format(INVALID);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : SHOWN.format(value.atZone(zone));
    }

    static Instant parse(String value, ZoneId zone) {
        String v = value.strip();
        if (v.length() > 19) {
            throw new DateTimeException("too long");
        }
        return LocalDateTime.parse(v).atZone(zone).toInstant();
    }
}

package org.madang.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.madang.platform.error.Failures;
import org.madang.platform.i18n.Texts;
import org.madang.platform.faces.LanguageFilter;
import org.madang.platform.faces.Languages;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the API answers a failure it did not answer itself: {@code {"errors": [{"field",
 * "code", "message"}]}} with the message in the caller's language (the language cookie or
 * Accept-Language, as for pages), never a parser's or a framework's own text. A body that cannot
 * be read or has a value of the wrong type is a 400, arguments a service refused a 400 naming
 * them, a status the runtime chose (404, 405, 413, 415 ...) keeps its status, the database out of
 * reach a 503 with Retry-After, and anything else is a 500 with an incident number that the log names too.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable t) {
        Locale locale = Languages.locale(request == null ? null : (String) request.getAttribute(LanguageFilter.ATTRIBUTE));
        ConstraintViolationException cve = find(t, ConstraintViolationException.class);
        if (cve != null) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            cve.getConstraintViolations().forEach(v -> list.add(error(String.valueOf(v.getPropertyPath()), "invalid",
                    Texts.format(locale, "api.error.invalid"))));
            return answer(400, list);
        }
        if (find(t, JsonbException.class) != null || find(t, JsonException.class) != null) {
            return answer(400, one("body", "malformed", Texts.format(locale, "api.error.malformed")));
        }
        if (t instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            String key = switch (status) {
                case 400 -> "api.error.malformed";
                case 404 -> "api.error.notFound";
                case 413 -> "api.error.tooLarge";
                default -> "api.error.status";
            };
            Response.ResponseBuilder r = Response.fromResponse(w.getResponse()).type(MediaType.APPLICATION_JSON)
                    .entity(body(one("", "http." + status, Texts.format(locale, key, status))));
            return r.build();
        }
        if (t instanceof ProcessingException) {
            return answer(400, one("body", "malformed", Texts.format(locale, "api.error.malformed")));
        }
        if (Failures.databaseUnavailable(t)) {
            // a passing outage, not an incident: the client is told when to come back
            LOG.warning(() -> "API: database unavailable (" + t.getClass().getName() + ")");
            return Response.fromResponse(answer(503, one("", "unavailable", Texts.format(locale, "api.error.unavailable"))))
                    .header("Retry-After", Failures.RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, () -> "API incident " + incident + ": " + Failures.describe(t));
        return answer(500, one("", "incident", Texts.format(locale, "api.error.internal", incident)));
    }

    private static Response answer(int status, JsonArrayBuilder errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body(errors)).build();
    }

    private static String body(JsonArrayBuilder errors) {
        return Json.createObjectBuilder().add("errors", errors).build().toString();
    }

    private static JsonArrayBuilder one(String field, String code, String message) {
        return Json.createArrayBuilder().add(error(field, code, message));
    }

    private static jakarta.json.JsonObjectBuilder error(String field, String code, String message) {
        return Json.createObjectBuilder().add("field", field).add("code", code).add("message", message);
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}

package org.madang.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.i18n.Texts;

import java.util.Locale;

/**
 * The one way a refusal of the application layer leaves the REST API: {@code {"errors": [{"field",
 * "code", "message"}]}}, every problem with the field it concerns (empty when none), its message
 * key as code and the message in the caller's language (Accept-Language: English, else Korean);
 * 404 for something unknown, 403 for something not the caller's, 409 for a conflict, else 422.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Locale locale = locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        JsonArrayBuilder list = Json.createArrayBuilder();
        e.fieldProblems().forEach(p -> list.add(Json.createObjectBuilder()
                .add("field", p.field() == null ? "" : p.field())
                .add("code", p.messageKey())
                .add("message", Texts.format(locale, p.messageKey(), p.arguments()))));
        return errors(status(e), list);
    }

    static int status(BusinessException e) {
        return e instanceof NotFound ? 404 : e instanceof Forbidden ? 403 : e instanceof Conflict ? 409 : 422;
    }

    /** English when the caller asks for it first, else Korean (the portal's default). */
    public static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.KOREAN;
    }

    /** The documented error shape, for the few errors that are not business exceptions. */
    public static Response errors(int status, JsonArrayBuilder errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("errors", errors).build().toString()).build();
    }
}

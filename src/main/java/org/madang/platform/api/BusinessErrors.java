package org.madang.platform.api;

import jakarta.json.Json;
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
import org.madang.platform.faces.Languages;
import org.madang.platform.i18n.Texts;

import java.util.Locale;

/**
 * The API's one answer to an expected failure that a resource lets through: 400 (bad input), 403,
 * 404 or 409, with {@code {"errors": [{"field", "code", "message"}]}} in the caller's language
 * (Accept-Language, Korean by default), as the filing API answers.
 */
@Provider
public class BusinessErrors implements ExceptionMapper<BusinessException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        int status = e instanceof NotFound ? 404 : e instanceof Forbidden ? 403 : e instanceof Conflict ? 409 : 400;
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Languages.locale(Languages.DEFAULT)
                : headers.getAcceptableLanguages().get(0).getLanguage().equals("en") ? Locale.ENGLISH : Locale.KOREAN;
        String body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("field", e.field() == null ? "" : e.field())
                .add("code", e.messageKey())
                .add("message", Texts.format(locale, e.messageKey(), e.arguments())))).build().toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}

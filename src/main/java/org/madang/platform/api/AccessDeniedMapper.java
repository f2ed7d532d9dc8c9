package org.madang.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.madang.platform.i18n.Texts;

/** A service method the caller's roles do not allow answers 403 in the API's error shape. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {
    static final String KEY = "api.forbidden";

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException e) {
        String message = Texts.format(BusinessExceptionMapper.locale(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), KEY);
        return BusinessExceptionMapper.errors(403, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("field", "").add("code", "forbidden").add("message", message)));
    }
}

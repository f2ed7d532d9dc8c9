package org.madang.disclosure.request.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.disclosure.request.application.NewRequest;
import org.madang.disclosure.request.application.RequestFiling;
import org.madang.disclosure.request.domain.Delivery;
import org.madang.disclosure.request.domain.RequestForm;
import org.madang.platform.api.BusinessExceptionMapper;
import org.madang.platform.error.Forbidden;
import org.madang.platform.i18n.Texts;
import org.madang.platform.security.ApiTokenCredential;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.TokenScope;

import java.io.StringReader;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * Filing an information-disclosure request by API, for any citizen's own software, with an API
 * token of scope {@code requests:file} (issued on /my/tokens.xhtml). The request is the same as one
 * filed on the page: receipt number, inbox notice and e-mail, the Act's deadlines. Problems come back
 * as {@code {"errors": [{"field", "code", "message"}]}}: 400 for a body that cannot be read, 422 for
 * answers the request refuses (by field), and nothing is stored.
 */
@Path("/open/requests")
@Tag(name = "Disclosure requests", description = "The public log of information-disclosure requests (정보공개 청구)")
public class RequestFilingResource {
    private static final String EXAMPLE = "{\"departmentId\": 12, \"subject\": \"2026년 업무추진비 집행내역\", "
            + "\"description\": \"2026년 1분기 업무추진비 집행내역 일체\", \"form\": \"ELECTRONIC_FILE\", "
            + "\"delivery\": \"PORTAL\", \"subjectPrivate\": false}";

    @Inject
    RequestFiling filing;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpServletRequest request;

    /** A body that cannot be read as the documented object: 400, naming the field. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;
        final String key;

        Unreadable(String field, String key) {
            super(key, null, false, false);
            this.field = field;
            this.key = key;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiToken")
    @TokenScope(TokenScope.FILE_DISCLOSURE_REQUESTS)
    @Operation(summary = "File an information-disclosure request (정보공개 청구)",
            description = "Body: departmentId (GET /api/agencies lists departments), subject, description, form ("
                    + "COPY, ELECTRONIC_FILE or INSPECTION), delivery (PORTAL, EMAIL or POST), optional "
                    + "feeWaiverReason, subjectPrivate (keeps the subject out of the public log) and businessId (a "
                    + "business the caller represents). Example: " + EXAMPLE + ". Token scope: requests:file.")
    @RequestBody(description = "The request, as JSON")
    @APIResponse(responseCode = "201", description = "Filed: {\"number\", \"log\"}, the receipt number and its public log entry (deadlines included)")
    @APIResponse(responseCode = "400", description = "Not a JSON object, or a value of the wrong type")
    @APIResponse(responseCode = "401", description = "No valid token (malformed, forged, expired or revoked)")
    @APIResponse(responseCode = "403", description = "The token lacks the scope, or the business is not the caller's")
    @APIResponse(responseCode = "422", description = "A field the request refuses (missing subject, unknown department ...)")
    public Response file(@HeaderParam("Accept-Language") String language, String body) {
        // a browser session does not file by API: only a token does (no cross-site POST can carry one)
        if (!currentUser.isSignedIn() || !ApiTokenCredential.signedIn(request)) {
            throw new Forbidden("api.tokenRequired");
        }
        NewRequest n;
        try {
            n = read(body);
        } catch (Unreadable u) {
            Locale locale = BusinessExceptionMapper.locale(language);
            return BusinessExceptionMapper.errors(400, Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("field", u.field).add("code", "malformed").add("message", Texts.format(locale, u.key, u.field))));
        }
        String number = filing.file(n);
        String log = "/api/open/requests/" + number;
        return Response.created(URI.create(log)).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("number", number).add("log", log).build().toString()).build();
    }

    static NewRequest read(String body) {
        if (body == null || body.isBlank()) {
            throw new Unreadable("body", "api.malformed.body");
        }
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            o = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            // never the parser's message: it quotes the body and names the parser's internals
            throw new Unreadable("body", "api.malformed.body");
        }
        Long department = number(o, "departmentId");
        return new NewRequest(department == null ? -1 : department, text(o, "subject"), text(o, "description"),
                choice(o, "form", RequestForm.class), choice(o, "delivery", Delivery.class),
                text(o, "feeWaiverReason"), flag(o, "subjectPrivate"), number(o, "businessId"));
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new Unreadable(name, "api.malformed.string");
        }
        if (s.getString().indexOf('\u0000') >= 0) {
            throw new Unreadable(name, "api.malformed.nul"); // PostgreSQL stores no NUL
        }
        return s.getString();
    }

    private static Long number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw new Unreadable(name, "api.malformed.number");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable(name, "api.malformed.number");
        }
    }

    private static boolean flag(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw new Unreadable(name, "api.malformed.boolean");
    }

    private static <E extends Enum<E>> E choice(JsonObject o, String name, Class<E> type) {
        String s = text(o, name);
        if (s == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(s)).findFirst()
                .orElseThrow(() -> new Unreadable(name, "api.malformed.choice"));
    }
}

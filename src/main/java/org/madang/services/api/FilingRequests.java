package org.madang.services.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.madang.platform.api.BusinessExceptionMapper;
import org.madang.platform.i18n.Texts;
import org.madang.platform.security.ApiTokenCredential;
import org.madang.platform.security.CurrentUser;
import org.madang.services.bundle.application.ApiFiling.Filed;
import org.madang.services.bundle.application.ApiFiling.RecordRef;
import org.madang.services.sharing.domain.DocumentSource;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reading filing requests: a body that is not a JSON object or a field of the wrong type comes back
 * as {@code {"errors": [{"field", "code", "message"}]}} with the field named as the request names
 * it, the same shape in which {@link BusinessExceptionMapper} answers every refusal of the services.
 */
final class FilingRequests {
    private FilingRequests() {
    }

    /** A request that cannot be read; {@code field} names where, {@code key} says what (messages bundle). */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;
        final String key;

        Malformed(String field, String key) {
            super(key);
            this.field = field;
            this.key = key;
        }
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new Malformed("body", "api.malformed.body");
        }
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            // never the parser's message: it quotes the body and names the parser's internals
            throw new Malformed("body", "api.malformed.body");
        }
    }

    /** An object of strings (numbers and booleans are taken as typed); absent is empty. */
    static Map<String, String> strings(JsonObject o, String name, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Malformed(path, "api.malformed.object");
        }
        v.asJsonObject().forEach((k, value) -> out.put(k, switch (value.getValueType()) {
            case STRING -> withoutNul(((JsonString) value).getString(), path + "." + k);
            case NUMBER, TRUE, FALSE -> value.toString();
            case NULL -> "";
            default -> throw new Malformed(path + "." + k, "api.malformed.string");
        }));
        return out;
    }

    /** {@code {"field": {"source": "...", "reference": "...", "consent": true}}}. */
    static Map<String, RecordRef> records(JsonObject o, String name, String path) {
        Map<String, RecordRef> out = new LinkedHashMap<>();
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Malformed(path, "api.malformed.object");
        }
        v.asJsonObject().forEach((field, ref) -> {
            String at = path + "." + field;
            if (ref.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Malformed(at, "api.malformed.recordRef");
            }
            JsonObject r = ref.asJsonObject();
            DocumentSource source;
            try {
                source = DocumentSource.valueOf(r.getString("source", ""));
            } catch (IllegalArgumentException e) {
                throw new Malformed(at + ".source", "api.malformed.source");
            }
            JsonValue reference = r.get("reference");
            out.put(field, new RecordRef(source, reference instanceof JsonString s ? withoutNul(s.getString(), at + ".reference")
                    : reference == null || reference.getValueType() == JsonValue.ValueType.NULL ? null : reference.toString(),
                    r.getBoolean("consent", false)));
        });
        return out;
    }

    static Long optionalLong(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new Malformed(name, "api.malformed.number");
        }
        try {
            return o.getJsonNumber(name).longValueExact();
        } catch (ArithmeticException e) {
            throw new Malformed(name, "api.malformed.number");
        }
    }

    /** PostgreSQL stores no NUL character: refused here as the caller's mistake, not as a 500 later. */
    private static String withoutNul(String s, String path) {
        if (s.indexOf('\u0000') >= 0) {
            throw new Malformed(path, "api.malformed.nul");
        }
        return s;
    }

    static String hash(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response malformed(Malformed m, Locale locale) {
        return BusinessExceptionMapper.errors(400, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("field", m.field).add("code", "malformed").add("message", Texts.format(locale, m.key, m.field))));
    }

    /** Filing is for token holders only: a browser session does not file by API. */
    static void requireToken(CurrentUser currentUser, HttpServletRequest request) {
        if (!currentUser.isSignedIn() || !ApiTokenCredential.signedIn(request)) {
            throw new org.madang.platform.error.Forbidden("api.tokenRequired");
        }
    }

    /** The business named in the body, else the caller's first (-1 when they represent none). */
    static Long business(JsonObject o, Supplier<List<Long>> myBusinessIds) {
        Long id = optionalLong(o, "businessId");
        if (id != null) {
            return id;
        }
        List<Long> mine = myBusinessIds.get();
        return mine.isEmpty() ? -1L : mine.get(0);
    }

    static JsonObject objectOrEmpty(JsonObject o, String name) {
        if (!o.containsKey(name) || o.isNull(name)) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        if (o.get(name).getValueType() != jakarta.json.JsonValue.ValueType.OBJECT) {
            throw new Malformed(name, "api.malformed.object");
        }
        return o.getJsonObject(name);
    }

    static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        if (idempotencyKey.length() > 100) {
            throw new Malformed("Idempotency-Key", "api.malformed.idempotencyKey");
        }
        return idempotencyKey.strip();
    }

    static Response filed(Filed f, String location) {
        JsonObject json = Json.createObjectBuilder().add("number", f.number()).add("kind", f.kind())
                .add("replayed", f.replayed()).add("status", location).build();
        return (f.replayed() ? Response.ok() : Response.created(URI.create(location)))
                .type(MediaType.APPLICATION_JSON).entity(json.toString()).build();
    }
}

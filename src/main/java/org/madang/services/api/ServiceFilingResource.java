package org.madang.services.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.platform.api.BusinessExceptionMapper;
import org.madang.platform.error.BusinessException;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.TokenScope;
import org.madang.services.api.FilingRequests.Malformed;
import org.madang.services.bundle.application.ApiFiling;
import org.madang.services.bundle.application.ApiFiling.Filed;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleViews.FilingDetails;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filing by API for business representatives: one application for a service (BundleFilingResource
 * files one-stop bundles),
 * as JSON, authenticated with an API token from the account page ({@code Authorization: Bearer}).
 * An {@code Idempotency-Key} header makes a retried POST answer with the first filing instead of
 * filing again. Problems come back as {@code {"errors": [{"field", "code", "message"}]}} and
 * nothing is stored.
 */
@Path("services/{id}/applications")
@Tag(name = "Filing", description = "Filing applications and one-stop bundles by API (API token)")
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An API token issued on the account page /my/tokens.xhtml: scoped "
                + "(applications:file, bundles:file, requests:file, status:read), expiring, revocable.")
public class ServiceFilingResource {
    private static final String ERRORS = "{\"errors\": [{\"field\": \"shared.address\", \"code\": "
            + "\"services.application.field.required\", \"message\": \"...\"}]}";

    @Inject
    ApiFiling filing;
    @Inject
    BundleApplying bundles;
    @Inject
    CurrentUser currentUser;
    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiToken")
    @Operation(summary = "File an application for a service",
            description = "Body: {\"businessId\": 1 (optional: the first business the caller represents), "
                    + "\"answers\": {question key: value}, \"fromRecords\": {FILE question key: {\"source\": "
                    + "\"BUSINESS_REGISTRATION\"|\"ISSUED_CERTIFICATE\"|\"RESIDENT_REGISTRATION\", \"reference\": \"...\", "
                    + "\"consent\": true}}}. Question keys are the service's form (GET /api/services/{id}). Token scope: applications:file.")
    @RequestBody(description = "The answers, as JSON")
    @APIResponse(responseCode = "201", description = "Filed: {\"number\", \"status\", \"replayed\"}")
    @APIResponse(responseCode = "200", description = "Replayed: this Idempotency-Key already filed it")
    @APIResponse(responseCode = "400", description = "Not a JSON object, or a field of the wrong type: " + ERRORS)
    @APIResponse(responseCode = "401", description = "No valid token (malformed, forged, expired or revoked)")
    @APIResponse(responseCode = "403", description = "The token lacks the scope, or the business is not the caller's")
    @APIResponse(responseCode = "422", description = "Answers that do not satisfy the form, by field: " + ERRORS)
    @TokenScope(TokenScope.FILE_APPLICATIONS)
    public Response fileApplication(@PathParam("id") long serviceId,
                                    @Parameter(description = "Makes a retried request file once")
                                    @HeaderParam("Idempotency-Key") String idempotencyKey,
                                    @HeaderParam("Accept-Language") String language, String body) {
        try {
            FilingRequests.requireToken(currentUser, request);
            JsonObject o = FilingRequests.object(body);
            Filed f = filing.fileApplication(FilingRequests.key(idempotencyKey), FilingRequests.hash(body), serviceId,
                    FilingRequests.business(o, filing::myBusinessIds), FilingRequests.strings(o, "answers", "answers"),
                    FilingRequests.records(o, "fromRecords", "fromRecords"));
            return FilingRequests.filed(f, "/api/applications/" + f.number());
        } catch (Malformed m) {
            return FilingRequests.malformed(m, BusinessExceptionMapper.locale(language));
        }
    }
}

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
 * Filing by API for business representatives: a one-stop bundle (see ServiceFilingResource for one
 * application),
 * as JSON, authenticated with an API token from the account page ({@code Authorization: Bearer}).
 * An {@code Idempotency-Key} header makes a retried POST answer with the first filing instead of
 * filing again. Problems come back as {@code {"errors": [{"field", "code", "message"}]}} and
 * nothing is stored.
 */
@Path("bundles")
@Tag(name = "Filing", description = "Filing applications and one-stop bundles by API (API token)")
public class BundleFilingResource {
    static final String ERRORS = "{\"errors\": [{\"field\": \"shared.address\", \"code\": "
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
    @Path("{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiToken")
    @Operation(summary = "File a one-stop bundle",
            description = "Body: {\"businessId\": 1 (optional), \"shared\": {shared question: value}, \"parts\": "
                    + "{SERVICE_CODE: {question key: value}}, \"fromRecords\": {SERVICE_CODE: {FILE question key: "
                    + "{\"source\", \"reference\", \"consent\": true}}}}. One receipt number; one application per "
                    + "service in each department's queue; a part that depends on another is filed when that one is approved. Token scope: bundles:file.")
    @RequestBody(description = "The combined form, as JSON")
    @APIResponse(responseCode = "201", description = "Filed: {\"number\", \"status\", \"replayed\"}")
    @APIResponse(responseCode = "200", description = "Replayed: this Idempotency-Key already filed it")
    @APIResponse(responseCode = "400", description = "Not a JSON object, or a field of the wrong type: " + ERRORS)
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token lacks the scope bundles:file")
    @APIResponse(responseCode = "422", description = "Problems named shared.<key> and <SERVICE_CODE>.<key>: " + ERRORS)
    @TokenScope(TokenScope.FILE_BUNDLES)
    public Response fileBundle(@PathParam("id") long bundleId,
                               @Parameter(description = "Makes a retried request file once")
                               @HeaderParam("Idempotency-Key") String idempotencyKey,
                               @HeaderParam("Accept-Language") String language, String body) {
        try {
            FilingRequests.requireToken(currentUser, request);
            JsonObject o = FilingRequests.object(body);
            Map<String, Map<String, String>> parts = new LinkedHashMap<>();
            Map<String, Map<String, ApiFiling.RecordRef>> records = new LinkedHashMap<>();
            JsonObject partsJson = FilingRequests.objectOrEmpty(o, "parts");
            partsJson.keySet().forEach(code -> parts.put(code, FilingRequests.strings(partsJson, code, "parts." + code)));
            JsonObject recordsJson = FilingRequests.objectOrEmpty(o, "fromRecords");
            recordsJson.keySet().forEach(code ->
                    records.put(code, FilingRequests.records(recordsJson, code, "fromRecords." + code)));
            Filed f = filing.fileBundle(FilingRequests.key(idempotencyKey), FilingRequests.hash(body), bundleId,
                    FilingRequests.business(o, filing::myBusinessIds), FilingRequests.strings(o, "shared", "shared"),
                    parts, records);
            return FilingRequests.filed(f, "/api/bundles/applications/" + f.number());
        } catch (Malformed m) {
            return FilingRequests.malformed(m, BusinessExceptionMapper.locale(language));
        }
    }

    @GET
    @Path("applications/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiToken")
    @Operation(summary = "The status of one of the caller's bundle filings",
            description = "One status derived from the parts (SUBMITTED, IN_PROGRESS, COMPLETED, "
                    + "COMPLETED_WITH_REJECTION), k of n done, the due date (the latest part's), and each part's "
                    + "number, status, department, due date and timeline. 404 for anyone else's. Token scope: status:read.")
    @APIResponse(responseCode = "200", description = "The filing's status")
    @APIResponse(responseCode = "404", description = "No such filing among the caller's own")
    @TokenScope(TokenScope.READ_STATUS)
    public Response bundleStatus(@PathParam("number") String number) {
        if (!currentUser.isSignedIn()) {
            throw new NotFoundException();
        }
        FilingDetails d;
        try {
            d = bundles.myFiling(number);
        } catch (BusinessException | jakarta.ejb.EJBAccessException notTheOwner) {
            throw new NotFoundException();
        }
        JsonArrayBuilder parts = Json.createArrayBuilder();
        d.parts().forEach(p -> {
            JsonArrayBuilder steps = Json.createArrayBuilder();
            p.application().steps().forEach(s -> steps.add(Json.createObjectBuilder().add("at", s.at().toString())
                    .add("kind", s.kind().name()).add("status", s.statusAfter().name())));
            parts.add(Json.createObjectBuilder().add("position", p.position())
                    .add("service", p.application().service().code())
                    .add("number", p.application().number() == null ? "" : p.application().number())
                    .add("status", p.application().status().name())
                    .add("waitsFor", p.requiresPosition() == null ? 0 : p.requiresPosition())
                    .add("dueAt", p.application().clock() == null || p.application().clock().dueAt() == null ? ""
                            : p.application().clock().dueAt().toString())
                    .add("timeline", steps));
        });
        JsonObject json = Json.createObjectBuilder().add("number", d.reference())
                .add("bundle", d.bundle().code()).add("status", d.progress().state().name())
                .add("done", d.progress().done()).add("total", d.progress().total())
                .add("dueAt", d.dueAt() == null ? "" : d.dueAt().toString()).add("parts", parts).build();
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON).build();
    }
}

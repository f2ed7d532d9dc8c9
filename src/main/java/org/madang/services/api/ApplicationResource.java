package org.madang.services.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.platform.error.BusinessException;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.TokenScope;
import org.madang.services.application.ApplicationViews.ApplicationDetails;
import org.madang.services.application.Applying;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application's status for its owner: the same facts as the "my application" page (timeline,
 * due date as the Act counts it, delay, payment), for the citizen's own tools. Authentication is
 * the signed-in portal session for now. Anyone but the owner gets 404, never 403, so the answer
 * does not even confirm that the number exists.
 */
@Path("/applications")
@Tag(name = "Applications", description = "A citizen's own applications (민원 신청)")
public class ApplicationResource {
    @Inject
    Applying applying;
    @Inject
    CurrentUser currentUser;

    public record ServiceJson(long id, String code, String nameKo, String nameEn) {
    }

    public record StepJson(Instant at, String kind, String status, String departmentKo, String departmentEn,
                           String officerName, String note, String groundKo, String groundEn) {
    }

    public record PaymentJson(String reference, BigDecimal amount, String virtualAccount, boolean paid) {
    }

    public record ApplicationJson(String number, String status, ServiceJson service, Instant receivedAt,
                                  Instant dueAt, boolean clockPaused, boolean overdue, boolean delayed,
                                  String delayReason, String departmentKo, String departmentEn, String officerName,
                                  PaymentJson payment, List<StepJson> timeline) {
    }

    @GET
    @Path("/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of the caller's applications",
            description = "Status, due date (counted in working hours for periods of five days or less and in "
                    + "days otherwise, Saturdays and public holidays excluded, stopped while a supplement is "
                    + "awaited), delay and its reason, payment and the timeline. Needs a signed-in session; "
                    + "answers 404 for any application that is not the caller's.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "404", description = "No such application among the caller's own")
    @TokenScope(TokenScope.READ_STATUS)
    public Response get(@Parameter(description = "Receipt number, e.g. 20261127-000042-7")
                        @PathParam("number") String number) {
        if (!currentUser.isSignedIn()) {
            throw new NotFoundException();
        }
        ApplicationDetails a;
        try {
            a = applying.myApplication(number);
        } catch (BusinessException | EJBAccessException notTheOwner) {
            throw new NotFoundException();
        }
        if (a.number() == null) {
            throw new NotFoundException(); // a draft has no receipt number to be asked by
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(json(a)).cacheControl(noStore).build();
    }

    static ApplicationJson json(ApplicationDetails a) {
        var s = a.service();
        var c = a.clock();
        var p = a.payment();
        return new ApplicationJson(a.number(), a.status().name(), new ServiceJson(s.id(), s.code(), s.nameKo(), s.nameEn()),
                c.receivedAt(), c.dueAt(), c.isPaused(), c.overdue(), c.isDelayed(), c.delayReason(),
                a.departmentKo(), a.departmentEn(), a.assigneeName(),
                p == null ? null : new PaymentJson(p.reference(), p.amount(), p.virtualAccount(), p.isSettled()),
                a.steps().stream().map(t -> new StepJson(t.at(), t.kind().name(), t.statusAfter().name(),
                        t.departmentKo(), t.departmentEn(), t.officerName(), t.note(), t.groundKo(), t.groundEn()))
                        .toList());
    }
}

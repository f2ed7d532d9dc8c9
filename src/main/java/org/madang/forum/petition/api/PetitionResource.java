package org.madang.forum.petition.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionCatalogue.PetitionPage;
import org.madang.forum.petition.application.PetitionCursor;
import org.madang.forum.petition.application.PetitionViews.MilestoneView;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.application.PetitionViews.RegionCount;
import org.madang.forum.petition.domain.PetitionCategory;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The public petition pages as JSON: the filtered list (keyset pages, the next one in a Link
 * header) and one petition with its count, thresholds, answer and outcome.
 */
@Path("/petitions")
@Tag(name = "Petitions", description = "Residents' petitions to agencies (국민청원): supports, answer thresholds, answers owed and outcomes")
public class PetitionResource {
    static final List<String> STATUSES = List.of("open", "closed", "answered");
    static final Map<String, Boolean> SORTS = Map.of("date", false, "supports", true);

    @Inject
    PetitionCatalogue catalogue;

    public record PetitionJson(long id, @Schema(description = "null while under review or hidden") String title,
                               @Schema(description = "null while under review or hidden") String text,
                               @Schema(description = "ADMINISTRATION, ECONOMY, WELFARE, EDUCATION, ENVIRONMENT, TRANSPORT, SAFETY, CULTURE or OTHER") String category,
                               @Schema(description = "agency code (see GET /api/agencies)") String agency,
                               String agencyNameKo, String agencyNameEn,
                               @Schema(description = "OPEN or CLOSED (drafts are never listed)") String phase,
                               Instant publishedAt, Instant closesAt,
                               @Schema(description = "verified residents supporting it now") int supports,
                               @Schema(description = "supports that oblige the agency to answer (fixed at publication)") Integer answerThreshold,
                               @Schema(description = "days the agency has to answer once the threshold is reached") Integer answerDays,
                               Instant thresholdReachedAt,
                               @Schema(description = "NOT_DUE, DUE, OVERDUE or ANSWERED") String answerState,
                               Instant answerDueAt, String answer, Instant answeredAt,
                               @Schema(description = "null, ACCEPTED, DECLINED or DONE") String outcome,
                               String outcomeReason, Instant decidedAt, Instant doneAt,
                               @Schema(description = "supports per region (identity's region names); only on GET /petitions/{id}") List<Region> regions,
                               @Schema(description = "steps taken on an accepted petition; only on GET /petitions/{id}") List<Milestone> milestones,
                               @Schema(description = "VISIBLE, UNDER_REVIEW (three reports) or HIDDEN by a moderator") String moderation,
                               @Schema(description = "the published rule it was hidden under") String hiddenRule,
                               @Schema(description = "the moderator's reason, shown in place of the text") String hiddenReason) {
        static PetitionJson of(PetitionView p, boolean full) {
            return new PetitionJson(p.id(), p.title(), p.text(), p.category().name(), p.agency().code(), p.agency().ko(),
                    p.agency().en(), p.phase().name(), p.publishedAt(), p.closesAt(), p.supportCount(),
                    p.answerThreshold(), p.answerDays(), p.thresholdReachedAt(), p.answerState().name(),
                    p.answerDueAt(), p.answer(), p.answeredAt(), p.outcome() == null ? null : p.outcome().name(),
                    p.outcomeReason(), p.decidedAt(), p.doneAt(),
                    full ? p.regions().stream().map(Region::of).toList() : null,
                    full ? p.milestones().stream().map(Milestone::of).toList() : null, p.moderation().name(),
                    p.hiddenRule() == null ? null : p.hiddenRule().name(), p.hiddenReason());
        }
    }

    public record Region(String region, long supports) {
        static Region of(RegionCount r) {
            return new Region(r.region(), r.supports());
        }
    }

    public record Milestone(String text, Instant recordedAt) {
        static Milestone of(MilestoneView m) {
            return new Milestone(m.text(), m.recordedAt());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List published petitions, a page at a time",
            description = "Filtered by status, agency and category, newest first or most supported first, 1 to 100"
                    + " a page. Paged by keyset: when there is a next page, the response's Link header gives its"
                    + " address (rel=\"next\"), which carries a cursor; pass ?cursor= with the same filters and sort.")
    @APIResponse(responseCode = "200", description = "The petitions; a Link header with rel=\"next\" when more follow",
            content = @Content(schema = @Schema(implementation = PetitionJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "422", description = "A filter or the cursor has a value it does not take (the error names it)")
    public Response list(@Context UriInfo uri,
            @Parameter(description = "open, closed or answered") @QueryParam("status") String status,
            @Parameter(description = "agency code") @QueryParam("agency") String agency,
            @Parameter(description = "category name") @QueryParam("category") String category,
            @Parameter(description = "date (newest first) or supports (most first)") @QueryParam("sort") @DefaultValue("date") String sort,
            @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("100") int limit,
            @Parameter(description = "the next page's cursor, from the Link header") @QueryParam("cursor") String cursor) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInput("petition.api.filterInvalid", "status").onField("status");
        }
        if (agency != null && catalogue.agencies().stream().noneMatch(a -> a.code().equals(agency))) {
            throw new InvalidInput("petition.api.filterInvalid", "agency").onField("agency");
        }
        PetitionCategory c = category == null ? null : Arrays.stream(PetitionCategory.values())
                .filter(x -> x.name().equals(category)).findFirst()
                .orElseThrow(() -> new InvalidInput("petition.api.filterInvalid", "category").onField("category"));
        if (!SORTS.containsKey(sort)) {
            throw new InvalidInput("petition.api.filterInvalid", "sort").onField("sort");
        }
        if (limit < 1 || limit > PetitionCatalogue.LIST_MAX) {
            throw new InvalidInput("petition.api.filterInvalid", "limit").onField("limit");
        }
        boolean bySupports = SORTS.get(sort);
        PetitionCursor after = cursor == null ? null : PetitionCursor.decode(cursor, bySupports)
                .orElseThrow(() -> new InvalidInput("petition.api.filterInvalid", "cursor").onField("cursor"));
        PetitionPage page = catalogue.list(status, agency, c, bySupports, after, limit);
        Response.ResponseBuilder ok = Response.ok(page.petitions().stream().map(p -> PetitionJson.of(p, false)).toList());
        if (page.next() != null) {
            ok.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build(), "next");
        }
        return ok.build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published petition: count, thresholds, supports by region, answer, outcome and milestones")
    @APIResponse(responseCode = "200", description = "The petition",
            content = @Content(schema = @Schema(implementation = PetitionJson.class)))
    @APIResponse(responseCode = "404", description = "No published petition has this id")
    public PetitionJson get(@Parameter(description = "the petition id") @PathParam("id") long id) {
        return PetitionJson.of(catalogue.get(id), true);
    }
}

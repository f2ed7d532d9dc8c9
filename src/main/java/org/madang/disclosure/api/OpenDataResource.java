package org.madang.disclosure.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.disclosure.application.OpenCatalogue;
import org.madang.disclosure.application.OpenViews.Download;
import org.madang.disclosure.application.OpenViews.FacetValue;
import org.madang.disclosure.application.OpenViews.SearchPage;
import org.madang.disclosure.application.SearchRequests;
import org.madang.disclosure.domain.FileFormat;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open data: every published item, searchable with the same engine as /open/, with facets and a
 * cursor for paging; files in every version with ETag/Last-Modified; datasets as CSV and JSON.
 * Errors: {@code {"errors": [{"field", "code", "message"}]}} (422 bad filter/cursor/query, 404).
 */
@Path("/open/publications")
@Tag(name = "Open information", description = "Proactive disclosure (사전정보공표): documents and datasets agencies publish")
public class OpenDataResource {
    @Inject
    OpenCatalogue catalogue;

    /** A page of the list, its facet counts, and the cursor of the next page (null at the end). */
    public record ListJson(long total, List<PublicationJson.Summary> items, Map<String, Map<String, Long>> facets,
                           @Schema(description = "pass as ?cursor= for the next page; absent on the last page (date order only)")
                           String next) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List or search published items",
            description = "Without q: newest first. With q: best match first (sort=date for newest). Repeat a filter "
                    + "to allow several values (agency=MOIS&agency=NTS). Page through with the returned cursor: "
                    + "each item comes once even while items are being published.")
    @APIResponse(responseCode = "200", description = "A page of items",
            content = @Content(schema = @Schema(implementation = ListJson.class)))
    @APIResponse(responseCode = "422", description = "Unknown filter value, malformed cursor, query too long or without a word")
    public ListJson list(@Parameter(description = "words to find, in Korean or English (at most 200 characters)") @QueryParam("q") String q,
                         @Parameter(description = "agency code, e.g. MOIS") @QueryParam("agency") List<String> agency,
                         @Parameter(description = "DECISION, REPORT, MINUTES, APPROVAL, STATISTICS, PLAN, BUDGET, DATA, RELEASE") @QueryParam("category") List<String> category,
                         @Parameter(description = "DOCUMENT or DATASET") @QueryParam("type") List<String> type,
                         @Parameter(description = "PDF, CSV, JSON, TXT") @QueryParam("format") List<String> format,
                         @Parameter(description = "year of publication (Korean time)") @QueryParam("year") List<String> year,
                         @Parameter(description = "relevance or date") @QueryParam("sort") String sort,
                         @Parameter(description = "1-100") @QueryParam("limit") @DefaultValue("20") int limit,
                         @Parameter(description = "from the previous page's answer") @QueryParam("cursor") String cursor) {
        SearchPage page = catalogue.search(new SearchRequests.Raw(q, agency, category, type, format, year,
                cursor != null && sort == null ? "date" : sort, 0, limit, cursor));
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("agency", counts(page.agencies()));
        facets.put("category", counts(page.categories()));
        facets.put("type", counts(page.types()));
        facets.put("format", counts(page.formats()));
        facets.put("year", counts(page.years()));
        return new ListJson(page.total(), page.hits().stream().map(PublicationJson.Summary::of).toList(), facets,
                page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published item with all its versions (withdrawn items too, with the reason)")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = PublicationJson.class)))
    @APIResponse(responseCode = "404", description = "No published item has this id")
    public PublicationJson get(@PathParam("id") long id) {
        return PublicationJson.of(catalogue.publication(id));
    }

    @GET
    @Path("/{id}/file")
    @Operation(summary = "The current version's file")
    @APIResponse(responseCode = "200", description = "The file, with its content type, ETag (SHA-256) and Last-Modified",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match / If-Modified-Since)")
    public Response currentFile(@PathParam("id") long id, @jakarta.ws.rs.core.Context Request request) {
        return send(catalogue.file(id, 0), request);
    }

    @GET
    @Path("/{id}/versions/{number}/file")
    @Operation(summary = "A given version's file (every version stays downloadable)")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such item or version")
    public Response versionFile(@PathParam("id") long id, @PathParam("number") int number,
                                @jakarta.ws.rs.core.Context Request request) {
        if (number < 1) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return send(catalogue.file(id, number), request);
    }

    @GET
    @Path("/{id}/data.csv")
    @Produces("text/csv")
    @Operation(summary = "A dataset as CSV (UTF-8), converted if published as JSON")
    @APIResponse(responseCode = "404", description = "No such dataset")
    @APIResponse(responseCode = "409", description = "The JSON file is not an array of flat objects")
    public Response csv(@PathParam("id") long id, @jakarta.ws.rs.core.Context Request request) {
        return send(catalogue.dataset(id, FileFormat.CSV), request);
    }

    @GET
    @Path("/{id}/data.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A dataset as JSON (an array of objects keyed by the CSV header), converted if published as CSV")
    @APIResponse(responseCode = "404", description = "No such dataset")
    public Response json(@PathParam("id") long id, @jakarta.ws.rs.core.Context Request request) {
        return send(catalogue.dataset(id, FileFormat.JSON), request);
    }

    private static Response send(Download d, Request request) {
        EntityTag tag = new EntityTag(d.sha256() + "-" + d.contentType().hashCode());
        Date modified = Date.from(d.lastModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        if (notModified != null) {
            return notModified.build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = d.content().get()) {
                in.transferTo(out);
            }
        };
        CacheControl cc = new CacheControl();
        cc.setMaxAge(300);
        return Response.ok(body, d.contentType()).tag(tag).lastModified(modified).cacheControl(cc)
                .header("Content-Length", d.sizeBytes())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static Map<String, Long> counts(List<FacetValue> values) {
        Map<String, Long> m = new LinkedHashMap<>();
        values.forEach(v -> m.put(v.value(), v.count()));
        return m;
    }
}

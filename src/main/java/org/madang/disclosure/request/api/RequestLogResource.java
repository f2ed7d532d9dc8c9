package org.madang.disclosure.request.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.disclosure.request.application.PublicRequestLog;
import org.madang.disclosure.request.application.PublicViews.AgencyStatistics;
import org.madang.disclosure.request.application.PublicViews.LogPage;
import org.madang.disclosure.request.application.PublicViews.PublicRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public log of information-disclosure requests and the statistics per agency, as JSON (and
 * the league table as CSV). Anonymous; no requester is ever named. Errors: {@code {"errors":
 * [{"field", "code", "message"}]}} (422 for a bad filter or size, 404 for an unknown number).
 */
@Path("/open/requests")
@Tag(name = "Disclosure requests", description = "The public log of information-disclosure requests (정보공개 청구)")
public class RequestLogResource {
    @Inject
    PublicRequestLog log;
    @Inject
    org.madang.disclosure.request.application.RequestLogAdministration administration;

    public record Step(String kind, Instant at, String notice, LocalDate dueOn) {
    }

    public record RequestJson(String number, String requester, String subject, String agencyCode, String agencyKo,
                              String agencyEn, String departmentKo, String departmentEn, String status,
                              LocalDate receivedOn, LocalDate dueOn, boolean extended, boolean overdue,
                              String decision, LocalDate decidedOn, Boolean decidedLate, String decisionNotice,
                              List<Integer> grounds, boolean objected, String objectionOutcome,
                              @Schema(description = "the open-information publication holding the released file")
                              Long publicationId,
                              @Schema(description = "released to the requester alone (their own personal data): no file here")
                              boolean releasedPrivately, List<Step> history,
                              @Schema(description = "the fee charged for the disclosure in won (absent: none); never who paid")
                              java.math.BigDecimal feeCharged) {
        static RequestJson of(PublicRequest r) {
            return new RequestJson(r.number(), "requester #" + r.requesterNumber(), r.subject(),
                    r.place().agencyCode(), r.place().agencyKo(), r.place().agencyEn(), r.place().departmentKo(),
                    r.place().departmentEn(), r.status().name(), r.receivedOn(), r.dueOn(), r.extended(), r.overdue(),
                    r.decision() == null ? null : r.decision().name(), r.decidedOn(),
                    r.decision() == null ? null : r.decidedLate(), r.decisionText(),
                    r.grounds().stream().map(g -> g.number()).toList(), r.objected(),
                    r.objectionOutcome() == null ? null : r.objectionOutcome().name(), r.publicationId(),
                    r.releasedPrivately(), r.correspondence().stream().map(s -> new Step(s.kind().name(), s.at(), s.note(), s.dueOn())).toList(),
                    r.feeCharged());
        }
    }

    public record ListJson(List<RequestJson> items,
                           @Schema(description = "pass as ?cursor= for newer requests; absent on the first page") String newer,
                           @Schema(description = "pass as ?cursor= for older requests; absent on the last page") String older) {
    }

    public record StatisticsJson(String agencyCode, String agencyKo, String agencyEn, long requests,
                                 long decidedOnTime, long decidedLate, long overdueNow, BigDecimal onTimePercent,
                                 long disclosed, long partlyDisclosed, long notDisclosed, long notHeld,
                                 BigDecimal disclosedPercent, BigDecimal partlyDisclosedPercent,
                                 BigDecimal notDisclosedPercent, long objections, long objectionsUpheld) {
        static StatisticsJson of(AgencyStatistics s) {
            return new StatisticsJson(s.agencyCode(), s.agencyKo(), s.agencyEn(), s.requests(), s.decidedOnTime(),
                    s.decidedLate(), s.overdueNow(), s.onTimeRate(), s.disclosed(), s.partly(), s.refused(), s.notHeld(),
                    s.fullRate(), s.partialRate(), s.noneRate(), s.objections(), s.objectionsUpheld());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public request log, newest first",
            description = "Filters: agency (code), status (RECEIVED, UNDER_REVIEW, AWAITING_CLARIFICATION, DECIDED or "
                    + "OVERDUE), decision (DISCLOSURE, PARTIAL_DISCLOSURE, NON_DISCLOSURE, NOT_HELD), q (words of the "
                    + "subject; private subjects are never searched). Page with the returned cursors.")
    @APIResponse(responseCode = "200", description = "A page of requests",
            content = @Content(schema = @Schema(implementation = ListJson.class)))
    @APIResponse(responseCode = "422", description = "Unknown filter value, query too long, limit out of 1-100")
    public ListJson list(@QueryParam("agency") String agency, @QueryParam("status") String status,
                         @QueryParam("decision") String decision,
                         @Parameter(description = "at most 200 characters") @QueryParam("q") String q,
                         @Parameter(description = "1-100") @QueryParam("limit") @DefaultValue("20") int limit,
                         @QueryParam("cursor") String cursor) {
        LogPage page = log.page(new PublicRequestLog.Filter(agency, status, decision, q, cursor, limit));
        return new ListJson(page.items().stream().map(RequestJson::of).toList(), page.newer(), page.older());
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Statistics per agency, kept by every decision, transfer and receipt",
            description = "Disclosure percentages are shares of full, partial and non-disclosure decisions (not held "
                    + "left out); null where nothing was decided. sort: AGENCY, REQUESTS, ON_TIME, LATE, OVERDUE, FULL, "
                    + "PARTIAL, NONE, OBJECTIONS_UPHELD; dir: asc or desc.")
    public List<StatisticsJson> statistics(@QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        return rows(sort, dir).stream().map(StatisticsJson::of).toList();
    }

    @POST
    @Path("/statistics/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recount the statistics from the requests (ADMIN), e.g. after rows were loaded by SQL")
    public org.madang.disclosure.request.application.RequestStatistics.Rebuilt rebuildStatistics() {
        return administration.rebuild();
    }

    @POST
    @Path("/index/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the log's search index from the requests in the background (ADMIN); 409 if one is running")
    public Response rebuildIndex() {
        boolean started = administration.rebuildIndex();
        return Response.status(started ? 202 : 409).entity(administration.indexStatus()).build();
    }

    @GET
    @Path("/index")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Requests in the database and in the log's search index, and whether a rebuild runs (ADMIN)")
    public org.madang.disclosure.request.application.RequestLogAdministration.IndexStatus indexStatus() {
        return administration.indexStatus();
    }

    @GET
    @Path("/statistics.csv")
    @Produces("text/csv")
    @Operation(summary = "The same statistics as CSV (UTF-8 with a byte-order mark, so spreadsheets read Korean)")
    public Response statisticsCsv(@QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        StringBuilder b = new StringBuilder("\uFEFFagency_code,agency_ko,agency_en,requests,decided_on_time,decided_late,"
                + "overdue_now,on_time_percent,disclosed,partly_disclosed,not_disclosed,not_held,disclosed_percent,"
                + "partly_disclosed_percent,not_disclosed_percent,objections,objections_upheld\r\n");
        for (AgencyStatistics s : rows(sort, dir)) {
            b.append(String.join(",", csv(s.agencyCode()), csv(s.agencyKo()), csv(s.agencyEn()), n(s.requests()),
                    n(s.decidedOnTime()), n(s.decidedLate()), n(s.overdueNow()), p(s.onTimeRate()), n(s.disclosed()),
                    n(s.partly()), n(s.refused()), n(s.notHeld()), p(s.fullRate()), p(s.partialRate()),
                    p(s.noneRate()), n(s.objections()), n(s.objectionsUpheld()))).append("\r\n");
        }
        return Response.ok(b.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"disclosure-statistics.csv\"").build();
    }

    @GET
    @Path("/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One request with its decision, grounds and the agency's notices")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(implementation = RequestJson.class)))
    @APIResponse(responseCode = "404", description = "No such request (or a malformed number)")
    public RequestJson one(@PathParam("number") String number) {
        return RequestJson.of(log.request(number));
    }

    private List<AgencyStatistics> rows(String sort, String dir) {
        PublicRequestLog.Column c = java.util.Arrays.stream(PublicRequestLog.Column.values())
                .filter(x -> x.name().equals(sort)).findFirst().orElse(PublicRequestLog.Column.REQUESTS);
        return log.statistics(c, dir == null ? c != PublicRequestLog.Column.AGENCY : !"asc".equals(dir));
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String p(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /** A cell quoted when it must be, and never read as a formula by a spreadsheet. */
    static String csv(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}

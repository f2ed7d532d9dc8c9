package org.madang.performance.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.madang.performance.application.AggregateRebuild;
import org.madang.performance.application.DashboardViews.Dashboard;
import org.madang.performance.application.DashboardViews.DisclosureRow;
import org.madang.performance.application.DashboardViews.MonthRow;
import org.madang.performance.application.DashboardViews.ServiceRow;
import org.madang.performance.application.IndicatorAdministration;
import org.madang.performance.application.IndicatorTable;
import org.madang.performance.application.PerformanceIndicators;
import org.madang.performance.domain.Indicators;

import java.util.List;
import java.util.Locale;

/**
 * The public service indicators as JSON and CSV, with the dashboard's filters. Errors: {@code
 * {"errors": [{"field", "code", "message"}]}}: 422 for a malformed month or department, 404 for an
 * unknown agency, department or service.
 */
@Path("/performance")
@Tag(name = "Performance", description = "Service indicators computed from the portal's own records (성과 지표)")
public class IndicatorResource {
    @Inject
    PerformanceIndicators indicators;
    @Inject
    IndicatorAdministration administration;

    public record Row(String agencyCode, String agencyKo, String agencyEn, long departmentId, String departmentKo,
                      String departmentEn, String serviceCode, String serviceKo, String serviceEn, Indicators figures) {
        static Row of(ServiceRow r) {
            return new Row(r.agencyCode(), r.agencyKo(), r.agencyEn(), r.departmentId(), r.departmentKo(),
                    r.departmentEn(), r.serviceCode(), r.serviceKo(), r.serviceEn(), r.figures());
        }
    }

    public record Month(String month, Indicators figures) {
        static Month of(MonthRow m) {
            return new Month(m.month().toString(), m.figures());
        }
    }

    public record IndicatorsJson(String from, String to, String agency, Long department, String service,
                                 @Schema(description = "all rows together (median and p90 only when they share one unit)")
                                 Indicators total, List<Row> services, List<Month> trend,
                                 @Schema(description = "information-disclosure decisions on time per agency (all time, now)")
                                 List<DisclosureRow> disclosure) {
    }

    @GET
    @Path("/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Service indicators per service and department, their total and the monthly trend",
            description = "Counted in the portal's time zone: received in the month of receipt; approved, rejected, "
                    + "withdrawn, on time, extended, supplemented and processing times in the month the case ended; "
                    + "drafts started and completion in the month the draft began. median and p90 are nearest-rank "
                    + "percentiles in the service's legal unit (inDays true: days, first day counted; false: working "
                    + "hours), the clock's stops left out. Rates are percentages with one decimal, null when nothing "
                    + "was decided. backlog and overdue are counted now.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(schema = @Schema(implementation = IndicatorsJson.class)))
    @APIResponse(responseCode = "404", description = "Unknown agency, department or service")
    @APIResponse(responseCode = "422", description = "Malformed month or department, from after to, more than 120 months")
    public IndicatorsJson indicators(@Parameter(description = "agency code, e.g. NTS") @QueryParam("agency") String agency,
                                     @Parameter(description = "department id") @QueryParam("department") String department,
                                     @Parameter(description = "service code") @QueryParam("service") String service,
                                     @Parameter(description = "first month, yyyy-MM (default: eleven months before to)")
                                     @QueryParam("from") String from,
                                     @Parameter(description = "last month, yyyy-MM (default: this month)")
                                     @QueryParam("to") String to) {
        Dashboard d = indicators.dashboard(indicators.filter(agency, department, service, from, to));
        return new IndicatorsJson(d.filter().from().toString(), d.filter().to().toString(), d.filter().agency(),
                d.filter().department(), d.filter().service(), d.total(), d.services().stream().map(Row::of).toList(),
                d.trend().stream().map(Month::of).toList(), d.disclosure());
    }

    @GET
    @Path("/indicators.csv")
    @Produces("text/csv")
    @Operation(summary = "The dashboard's table as CSV, cell for cell (UTF-8 with a byte-order mark)",
            description = "Same filters as /indicators; language ko (default) or en for the headings and names (not lang: that switches the portal language and redirects).")
    public Response csv(@QueryParam("agency") String agency, @QueryParam("department") String department,
                        @QueryParam("service") String service, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("language") String lang) {
        Dashboard d = indicators.dashboard(indicators.filter(agency, department, service, from, to));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.KOREAN;
        return Response.ok(IndicatorTable.csv(d, locale), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"performance-" + d.filter().from() + "-"
                        + d.filter().to() + ".csv\"").build();
    }

    @POST
    @Path("/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the monthly aggregate from every application (ADMIN); answers when done")
    public AggregateRebuild.Result rebuild() {
        return administration.rebuild();
    }
}

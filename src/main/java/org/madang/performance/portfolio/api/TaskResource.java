package org.madang.performance.portfolio.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.performance.portfolio.application.TaskPortfolio;
import org.madang.performance.portfolio.application.TaskViews.TaskPage;
import org.madang.performance.portfolio.application.TaskViews.TaskRow;
import org.madang.performance.portfolio.domain.TaskType;

import java.util.List;

/**
 * The public task portfolio as JSON: every task with an approved plan, its versions (each with its
 * indicators, targets per year and actuals), its evaluations and grades.
 */
@Path("/performance/tasks")
@Tag(name = "Performance", description = "Service indicators computed from the portal's own records (성과 지표)")
public class TaskResource {
    @Inject
    TaskPortfolio portfolio;

    public record TaskJson(@Schema(description = "the list row: the version in force and the latest evaluation") TaskRow summary,
                           @Schema(description = "every approved version, the one in force last; actuals of bound "
                                   + "indicators not yet evaluated are counted live (live: true)") TaskPage detail) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The e-government task portfolio: tasks, indicators set in advance, actuals and grades (과제 성과)",
            description = "Types: COMMITTEE_KEY, COMMITTEE_MANAGED, DEPARTMENTAL. An indicator with a measure is bound to "
                    + "a live portal figure of a service or agency for the calendar year (ON_TIME_RATE and "
                    + "COMPLETION_RATE in %, SATISFACTION 1-5, RECEIVED a count); one without is reported with evidence. "
                    + "An indicator scores the share of the way from baseline to the year's target covered (0-100); a "
                    + "task the weighted mean; the grade (GA=가 … MA=마) is its rank among the year's evaluated tasks "
                    + "of the same type in bands of 10/20/40/20/10 %. Proposals not yet approved are not listed.")
    @APIResponse(responseCode = "200", description = "The tasks",
            content = @Content(schema = @Schema(implementation = TaskJson.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "Unknown type")
    public List<TaskJson> tasks(@Parameter(description = "task type, e.g. COMMITTEE_KEY (default: all)")
                                @QueryParam("type") String type) {
        TaskType t = portfolio.type(type);
        return portfolio.pages(t).stream().map(p -> new TaskJson(p.row(), p.page())).toList();
    }
}

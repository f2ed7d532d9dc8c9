package org.madang.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;

import java.util.List;

/** The agencies and departments of the portal, as the public directory shows them. */
@Path("/agencies")
@Tag(name = "Organisations", description = "Agencies (기관) and their departments (부서)")
public class AgencyResource {
    @Inject
    OrganisationDirectory directory;

    /** One agency with its departments, both names. */
    public record AgencyJson(String code, String nameKo, String nameEn, String kind, List<DepartmentJson> departments) {
    }

    /** The id is what a filing names (e.g. departmentId of POST /api/open/requests). */
    public record DepartmentJson(long id, String code, String nameKo, String nameEn) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List agencies and their departments",
            description = "Every agency that runs services on the portal, with its processing departments, in Korean and English.")
    @APIResponse(responseCode = "200", description = "The agencies, ordered by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgencyJson.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<AgencyJson> list() {
        return directory.agencies().stream().map(AgencyResource::json).toList();
    }

    private static AgencyJson json(Views.AgencyView a) {
        return new AgencyJson(a.code(), a.nameKo(), a.nameEn(), a.kind().name(),
                a.departments().stream().map(d -> new DepartmentJson(d.id(), d.code(), d.nameKo(), d.nameEn())).toList());
    }
}

package org.madang.disclosure.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.disclosure.application.SearchIndexAdministration;

/** Administrators only: rebuild the publications' search index and follow its progress. */
@Path("/open/index")
@Tag(name = "Open information")
public class SearchIndexResource {
    @Inject
    SearchIndexAdministration index;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Items in the database and in the index; the last rebuild's documents per second (ADMIN)")
    public SearchIndexAdministration.Status status() {
        return index.status();
    }

    @POST
    @Path("/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the index from the database in the background (ADMIN); 409 if one is running")
    public Response rebuild() {
        return index.rebuild() ? Response.accepted(index.status()).build() : Response.status(409).entity(index.status()).build();
    }
}

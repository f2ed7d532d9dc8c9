package org.madang.voting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.platform.error.NotFound;
import org.madang.voting.application.ElectionViews;
import org.madang.voting.application.PublicBoard;
import org.madang.voting.domain.belenios.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Elections for machines: the list, each election's Belenios archive, its parameters, and the
 * portal's verifier for any archive. Anonymous, like the public election pages.
 */
@Path("/elections")
@Tag(name = "Elections", description = "Verifiable elections (Belenios 2.0 archives), anonymous")
public class ElectionResource {
    /** A 2000-ballot archive is about 20 MB; larger uploads are refused before parsing. */
    static final int MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;

    @Inject
    PublicBoard board;

    @Schema(name = "ElectionSummary")
    public record ElectionJson(@Schema(description = "Belenios election uuid") String id, String title,
                               @Schema(description = "UPCOMING, OPEN, CLOSED, TALLYING or FINISHED") String status) {
    }

    @Schema(name = "ArchiveVerdict")
    public record VerdictJson(boolean valid,
                              @Schema(description = "The first failure (code: message), null when valid") String failure,
                              @Schema(description = "Election uuid, when valid") String uuid,
                              @Schema(description = "Election fingerprint, when valid") String fingerprint,
                              @Schema(description = "Number of ballots, when valid") Integer ballots,
                              @Schema(description = "Result per question and answer, once published") List<List<Long>> result) {
        static VerdictJson of(Verdict v) {
            if (!v.valid()) {
                return new VerdictJson(false, v.code() + ": " + v.message(), null, null, null, null);
            }
            Verdict.Summary s = v.summary();
            return new VerdictJson(true, null, s.uuid(), s.fingerprint(), s.ballots(),
                    s.result() == null ? null : s.result().counts());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the elections", description = "Every election past set-up, newest closing first.")
    @APIResponse(responseCode = "200", description = "The elections",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ElectionJson.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ElectionJson> list() {
        return board.elections().stream().map(ElectionResource::json).toList();
    }

    @GET
    @Path("/{id}/archive")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download the election's public record",
            description = "The Belenios 2.0 archive <uuid>.bel as it stands now: a snapshot while voting is open "
                    + "(each a prefix of every later one), the complete record once the result is published. "
                    + "Verify it with `belenios-tool election verify`.")
    @APIResponse(responseCode = "200", description = "The archive",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @APIResponse(responseCode = "404", description = "No such election")
    public Response archive(@Parameter(description = "Election uuid") @PathParam("id") String id) {
        try {
            java.nio.file.Path bel = board.archiveFile(id); // a jakarta.ws.rs.Path is in scope
            StreamingOutput body = out -> {
                try {
                    java.nio.file.Files.copy(bel, out);
                } finally {
                    PublicBoard.delete(bel);
                }
            };
            return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + id + ".bel\"")
                    .cacheControl(noStore()).build();
        } catch (NotFound e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }

    @GET
    @Path("/{id}/election")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The election's parameters (election.json)",
            description = "Exactly the bytes whose SHA-256 is the election fingerprint; the voting booth encrypts "
                    + "against them.")
    @APIResponse(responseCode = "200", description = "election.json")
    @APIResponse(responseCode = "404", description = "No such election")
    public Response election(@PathParam("id") String id) {
        return jsonOrNotFound(() -> board.electionJson(id));
    }

    @GET
    @Path("/{id}/encrypted-tally")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The encrypted tally",
            description = "Published at closing: per question and answer the product of the counted ciphertexts, "
                    + "which each trustee decrypts partially (in the browser or with belenios-tool).")
    @APIResponse(responseCode = "200", description = "[[{alpha, beta}...]...]")
    @APIResponse(responseCode = "404", description = "No such election, or not tallied yet")
    public Response encryptedTally(@PathParam("id") String id) {
        return jsonOrNotFound(() -> board.encryptedTally(id));
    }

    /** The exact JSON bytes the board keeps, or 404 when there is no such election (or no such part yet). */
    private static Response jsonOrNotFound(java.util.function.Supplier<String> json) {
        try {
            return Response.ok(json.get().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON).build();
        } catch (NotFound e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }

    @POST
    @Path("/verify")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/x-tar"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify an archive",
            description = "The portal's own verdict on an uploaded .bel: every check belenios-tool 2.0 makes, plus "
                    + "the stored encrypted tally and ballot count against the ballots. Nothing is kept.")
    @RequestBody(description = "The .bel file as the request body",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerdictJson.class)))
    @APIResponse(responseCode = "413", description = "Larger than 64 MB")
    public Response verify(InputStream body) throws IOException {
        byte[] bel = body == null ? new byte[0] : body.readNBytes(MAX_ARCHIVE_BYTES + 1);
        if (bel.length > MAX_ARCHIVE_BYTES) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        return Response.ok(VerdictJson.of(board.verify(bel))).cacheControl(noStore()).build();
    }

    private static ElectionJson json(ElectionViews.Summary s) {
        return new ElectionJson(s.uuid(), s.name(), s.phase().name());
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        return c;
    }
}

package org.madang.services.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.VerificationResult;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * The machine-readable twin of /verify/: what a bank or an employer's system may learn about an
 * issuance number. It answers with the verdict, the document type, the day of issue and the
 * fingerprint, and never with anything about the holder.
 */
@Path("/documents/{number}/verification")
@Tag(name = "Document verification", description = "Checking issued documents (발급문서 진위확인), anonymous")
public class DocumentVerificationResource {
    /** Issued PDFs are tens of kilobytes; the limit keeps anonymous callers from filling memory. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    @Inject
    CertificateIssuance issuance;

    /** The answer, without personal data. */
    @Schema(name = "DocumentVerification")
    public record VerificationJson(
            @Schema(description = "VALID, REVOKED, EXPIRED or UNKNOWN") String verdict,
            @Schema(description = "The number as checked, grouped by four") String issuanceNumber,
            @Schema(description = "False when the number fails its check digit (a typing mistake)") boolean wellFormed,
            @Schema(description = "Document type key, e.g. RESIDENT_REGISTRATION") String documentType,
            String titleKo, String titleEn,
            @Schema(description = "Day of issue in Korea (ISO 8601)") LocalDate issuedOn,
            @Schema(description = "Lower-case hex SHA-256 of the issued PDF") String sha256,
            @Schema(description = "Only when a file was posted: whether its SHA-256 equals sha256")
            Boolean fileMatches) {
        static VerificationJson of(VerificationResult r) {
            return new VerificationJson(r.verdict().name(), r.issuanceNumber(), r.wellFormed(), r.documentTypeKey(),
                    r.titleKo(), r.titleEn(), r.issuedOn(), r.sha256(), r.fileMatches());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check an issuance number",
            description = "Whether the document is valid, revoked, expired or unknown, its type, its day of issue "
                    + "and the SHA-256 of its PDF. Compare that hash with the file you hold; or POST the file here. "
                    + "Never returns the holder's personal data.")
    @APIResponse(responseCode = "200", description = "The verdict (UNKNOWN for numbers that were never issued)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationJson.class)))
    public Response check(@Parameter(description = "Issuance number, with or without hyphens",
            example = "4821-0937-5521-6604") @PathParam("number") String number) {
        return answer(issuance.verify(number, null));
    }

    @POST
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check an issuance number and the PDF you were given",
            description = "As GET, plus fileMatches: whether the posted file is byte for byte the issued one. "
                    + "The file is hashed and not kept.")
    @RequestBody(description = "The PDF, as the request body", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "200", description = "The verdict with the file comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationJson.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 10 MB (no issued PDF is)")
    public Response checkFile(@PathParam("number") String number, InputStream body) throws IOException {
        byte[] pdf = body == null ? new byte[0] : body.readNBytes(MAX_FILE_BYTES + 1);
        if (pdf.length > MAX_FILE_BYTES) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        return answer(issuance.verify(number, pdf));
    }

    private static Response answer(VerificationResult r) {
        // a revocation must show at once: no cache may keep an old "valid"
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(VerificationJson.of(r)).cacheControl(noStore).build();
    }
}

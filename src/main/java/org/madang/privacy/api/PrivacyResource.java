package org.madang.privacy.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.platform.faces.Formats;
import org.madang.platform.faces.LanguageFilter;
import org.madang.platform.faces.Languages;
import org.madang.privacy.application.AccessLogQuery;
import org.madang.privacy.application.MyDataExport;
import org.madang.privacy.application.PersonalDataExport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The privacy downloads: "download my data" (JSON and readable HTML) for the signed-in person, and
 * the access-log chain export for auditors. Both answer the browser session (web.xml constrains
 * /api/privacy/my/* to signed-in callers and /api/privacy/access-log/* to AUDITOR; the services
 * check the roles again).
 */
@Path("/privacy")
@Tag(name = "Privacy", description = "Personal data held about the caller, and the access-log chain export")
public class PrivacyResource {
    static final String JSON_LINES = "application/x-ndjson";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Inject
    MyDataExport myData;
    @Inject
    AccessLogQuery accessLog;
    @Inject
    Formats formats;
    @Context
    HttpServletRequest request;

    @GET
    @Path("/my/data.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download my data (JSON)",
            description = "Everything the portal holds about the signed-in person, section by section, including"
                    + " who read their data. Never the content of a vote.")
    @APIResponse(responseCode = "200", description = "The export, as an attachment")
    public Response myDataJson() {
        PersonalDataExport export = myData.export();
        StringWriter out = new StringWriter();
        ExportJson.write(export, out);
        return Response.ok(out.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"madang-my-data-"
                        + STAMP.format(export.exportedAt()) + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/my/data.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Download my data (readable HTML)",
            description = "The same export as one self-contained HTML document in the caller's language.")
    @APIResponse(responseCode = "200", description = "The export, shown in the browser (save or print it)")
    public Response myDataHtml() {
        PersonalDataExport export = myData.export();
        StringWriter out = new StringWriter();
        Object lang = request.getAttribute(LanguageFilter.ATTRIBUTE);
        ExportHtml.write(export, Languages.locale(lang instanceof String s ? s : null), formats.zoneId(), out);
        return Response.ok(out.toString(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "inline; filename=\"madang-my-data-"
                        + STAMP.format(export.exportedAt()) + ".html\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/access-log/chain.jsonl")
    @Produces(JSON_LINES)
    @Operation(summary = "Export the access-log chain (auditors)",
            description = "JSON Lines: a header with the chain's head, then every entry with all hashed fields,"
                    + " for the standalone verifier (see the README).")
    @APIResponse(responseCode = "200", description = "The chain, as an attachment")
    public Response accessLogChain() throws IOException {
        // written out before the response starts: the walk needs the request's security and
        // transaction context, which a lazily streamed body no longer has; a temporary file keeps
        // memory flat however long the chain grows
        java.nio.file.Path file = Files.createTempFile("madang-access-log-", ".jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            accessLog.exportChain(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StreamingOutput body = os -> {
            try {
                Files.copy(file, os);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, JSON_LINES + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"madang-access-log-"
                        + STAMP.format(java.time.Instant.now()) + ".jsonl\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}

package org.madang.services.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.services.application.AgencyNames;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;

import java.math.BigDecimal;
import java.util.List;

/** The civil-service catalogue, both languages, as the public pages show it. */
@Path("/services")
@Tag(name = "Civil services", description = "The catalogue of civil services (민원 서비스) citizens can apply for")
public class ServiceResource {
    @Inject
    Catalogue catalogue;

    public record Text(String ko, String en) {
    }

    public record Period(@Schema(description = "IMMEDIATE, HOURS or DAYS") String unit,
                         @Schema(description = "as published; 0 for immediate") int amount,
                         @Schema(description = "true when the Civil Petitions Treatment Act counts it in working hours")
                         boolean countedInWorkingHours,
                         @Schema(description = "the period in working hours, when counted in hours") Integer workingHours) {
    }

    public record Organisation(String code, String nameKo, String nameEn) {
    }

    public record Ground(String key, String textKo, String textEn) {
    }

    /** A catalogue entry. */
    public record ServiceJson(long id, String code, String category, List<String> lifeEvents, Text name, Text summary,
                              Text eligibility, Text howToApply, List<Text> documents,
                              @Schema(description = "fee in Korean won; 0 when free") BigDecimal feeKrw,
                              Period processingPeriod, Organisation agency,
                              @Schema(description = "the processing department (id and names)") Organisation department,
                              long departmentId, boolean onlineApplication, boolean instantIssuance,
                              boolean requiresVerifiedResident, List<Ground> rejectionGrounds) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the civil services",
            description = "Every service of the catalogue with its texts in Korean and English, fee, legal processing period, agency and department.")
    @APIResponse(responseCode = "200", description = "The services, by category then Korean name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceJson.class, type = SchemaType.ARRAY)))
    public List<ServiceJson> list() {
        return catalogue.all().stream().map(this::json).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One civil service")
    @APIResponse(responseCode = "200", description = "The service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceJson.class)))
    @APIResponse(responseCode = "404", description = "No service has this id")
    public ServiceJson get(@Parameter(description = "the service id, as in /services/service.xhtml?id=")
                           @PathParam("id") long id) {
        return catalogue.find(id).map(this::json).orElseThrow(NotFoundException::new);
    }

    private ServiceJson json(ServiceView s) {
        List<Text> documents = new java.util.ArrayList<>();
        for (int i = 0; i < s.documentsKo().size(); i++) {
            documents.add(new Text(s.documentsKo().get(i), i < s.documentsEn().size() ? s.documentsEn().get(i) : null));
        }
        var p = s.period();
        Period period = new Period(p.unit().name(), p.amount(), p.countsInHours(),
                p.countsInHours() ? p.workingHours() : null);
        Organisation agency = catalogue.agencyName(s.agencyCode())
                .map(n -> new Organisation(n.code(), n.ko(), n.en()))
                .orElse(new Organisation(s.agencyCode(), null, null));
        Organisation department = catalogue.departmentName(s.departmentId())
                .map(n -> new Organisation(n.code(), n.ko(), n.en())).orElse(null);
        return new ServiceJson(s.id(), s.code(), s.category().name(),
                s.lifeEvents().stream().map(Enum::name).sorted().toList(),
                new Text(s.nameKo(), s.nameEn()), new Text(s.summaryKo(), s.summaryEn()),
                new Text(s.eligibilityKo(), s.eligibilityEn()), new Text(s.howToApplyKo(), s.howToApplyEn()),
                documents, s.fee(), period, agency, department, s.departmentId(), s.onlineApplication(),
                s.instantIssuance(), s.requiresVerifiedResident(),
                s.rejectionGrounds().stream().map(g -> new Ground(g.key(), g.textKo(), g.textEn())).toList());
    }
}

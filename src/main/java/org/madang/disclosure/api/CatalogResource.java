package org.madang.disclosure.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.disclosure.application.CatalogueContribution;
import org.madang.disclosure.application.OpenCatalogue;
import org.madang.disclosure.application.OpenViews.DatasetEntry;
import org.madang.disclosure.domain.FileFormat;
import org.madang.disclosure.domain.Licence;

import java.time.format.DateTimeFormatter;

/**
 * Every published dataset as a DCAT-AP 3 catalogue in JSON-LD, for harvesters (data.go.kr, CKAN's
 * DCAT harvester, data.europa.eu). The context is inline, so the document expands without fetching
 * anything. Each dataset has two distributions: its data as CSV and as JSON. The portal's own live
 * datasets (the monthly performance indicators) follow, from every {@link CatalogueContribution}.
 */
@Path("/open/catalog.jsonld")
@Tag(name = "Open information")
public class CatalogResource {
    static final String MEDIA_TYPE = "application/ld+json";

    @Inject
    OpenCatalogue catalogue;
    @Inject
    Instance<CatalogueContribution> contributions;
    @Context
    UriInfo uri;

    @GET
    @Produces({MEDIA_TYPE, "application/json"})
    @Operation(summary = "DCAT-AP 3 catalogue of all published datasets (JSON-LD)")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public String catalog() {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        String site = base.replaceFirst("/api$", "");
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (DatasetEntry d : catalogue.datasets()) {
            datasets.add(dataset(d, base, site));
        }
        for (CatalogueContribution c : contributions) {
            c.datasets().forEach(d -> datasets.add(external(d, base, site)));
        }
        JsonObject doc = Json.createObjectBuilder()
                .add("@context", context())
                .add("@id", base + "/open/catalog.jsonld")
                .add("@type", "dcat:Catalog")
                .add("dct:title", texts("마당 공공데이터", "Madang open data"))
                .add("dct:description", texts("마당 포털에서 기관들이 공개한 데이터셋", "Datasets published by agencies on the Madang portal"))
                .add("dct:publisher", Json.createObjectBuilder().add("@type", "foaf:Agent")
                        .add("foaf:name", texts("행정안전부", "Ministry of the Interior and Safety")))
                .add("foaf:homepage", Json.createObjectBuilder().add("@id", site + "/open/"))
                .add("dct:language", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("@id", "http://publications.europa.eu/resource/authority/language/KOR"))
                        .add(Json.createObjectBuilder().add("@id", "http://publications.europa.eu/resource/authority/language/ENG")))
                .add("dcat:dataset", datasets)
                .build();
        return doc.toString();
    }

    private static JsonObjectBuilder dataset(DatasetEntry d, String base, String site) {
        String id = base + "/open/publications/" + d.id();
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        d.keywords().forEach(k -> keywords.add(Json.createObjectBuilder().add("@value", k).add("@language", "ko")));
        return Json.createObjectBuilder()
                .add("@id", id)
                .add("@type", "dcat:Dataset")
                .add("dct:identifier", String.valueOf(d.id()))
                .add("dct:title", texts(d.titleKo(), d.titleEn()))
                .add("dct:description", texts(d.summaryKo(), d.summaryEn()))
                .add("dcat:keyword", keywords)
                .add("dct:publisher", Json.createObjectBuilder().add("@type", "foaf:Agent")
                        .add("foaf:name", texts(d.agency().ko(), d.agency().en())))
                .add("dct:issued", dateTime(d.issued()))
                .add("dct:modified", dateTime(d.modified()))
                .add("owl:versionInfo", String.valueOf(d.version()))
                .add("dcat:landingPage", Json.createObjectBuilder().add("@id", site + "/open/publication.xhtml?id=" + d.id()))
                .add("dcat:distribution", Json.createArrayBuilder()
                        .add(distribution(id, "data.csv", FileFormat.CSV, "text/csv", d))
                        .add(distribution(id, "data.json", FileFormat.JSON, "application/json", d)));
    }

    /** A dataset of the portal's own records (public statistics: 공공누리 type 1, as the agencies' own). */
    private static JsonObjectBuilder external(CatalogueContribution.ExternalDataset d, String base, String site) {
        String id = base + "/open/datasets/" + d.identifier();
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        d.keywords().forEach(k -> keywords.add(Json.createObjectBuilder().add("@value", k).add("@language", "ko")));
        JsonArrayBuilder distributions = Json.createArrayBuilder();
        for (CatalogueContribution.Distribution x : d.distributions()) {
            distributions.add(distribution(id + "#" + x.fileType().toLowerCase(java.util.Locale.ROOT),
                    base + x.apiPath(), x.fileType(), x.mediaType(), Licence.KOGL_1));
        }
        return Json.createObjectBuilder()
                .add("@id", id)
                .add("@type", "dcat:Dataset")
                .add("dct:identifier", d.identifier())
                .add("dct:title", texts(d.titleKo(), d.titleEn()))
                .add("dct:description", texts(d.summaryKo(), d.summaryEn()))
                .add("dcat:keyword", keywords)
                .add("dct:publisher", Json.createObjectBuilder().add("@type", "foaf:Agent")
                        .add("foaf:name", texts(d.publisherKo(), d.publisherEn())))
                .add("dct:issued", dateTime(d.issued()))
                .add("dct:modified", dateTime(d.modified()))
                .add("dcat:landingPage", Json.createObjectBuilder().add("@id", site + d.landingPath()))
                .add("dcat:distribution", distributions);
    }

    private static JsonObjectBuilder distribution(String datasetId, String path, FileFormat format, String mediaType,
                                                  DatasetEntry d) {
        String url = datasetId + "/" + path;
        JsonObjectBuilder b = distribution(url + "#distribution", url, format.name(), mediaType, d.licence());
        if (format == d.format()) {
            b.add("dcat:byteSize", Json.createObjectBuilder().add("@value", String.valueOf(d.sizeBytes()))
                    .add("@type", "xsd:nonNegativeInteger"));
        }
        return b;
    }

    /** One download: where it is, its media type, its EU file type and its licence. */
    private static JsonObjectBuilder distribution(String id, String url, String fileType, String mediaType,
                                                  Licence licence) {
        return Json.createObjectBuilder()
                .add("@id", id)
                .add("@type", "dcat:Distribution")
                .add("dcat:accessURL", Json.createObjectBuilder().add("@id", url))
                .add("dcat:downloadURL", Json.createObjectBuilder().add("@id", url))
                .add("dcat:mediaType", Json.createObjectBuilder().add("@id",
                        "http://www.iana.org/assignments/media-types/" + mediaType))
                .add("dct:format", Json.createObjectBuilder().add("@id",
                        "http://publications.europa.eu/resource/authority/file-type/" + fileType))
                .add("dct:license", Json.createObjectBuilder().add("@id", licence.uri()));
    }

    private static JsonArrayBuilder texts(String ko, String en) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("@value", ko).add("@language", "ko"))
                .add(Json.createObjectBuilder().add("@value", en).add("@language", "en"));
    }

    private static JsonObjectBuilder dateTime(java.time.Instant t) {
        return Json.createObjectBuilder().add("@value", DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .add("@type", "xsd:dateTime");
    }

    private static JsonObjectBuilder context() {
        return Json.createObjectBuilder()
                .add("dcat", "http://www.w3.org/ns/dcat#")
                .add("dct", "http://purl.org/dc/terms/")
                .add("foaf", "http://xmlns.com/foaf/0.1/")
                .add("owl", "http://www.w3.org/2002/07/owl#")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#");
    }
}

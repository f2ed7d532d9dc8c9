package org.madang.knowledge.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madang.knowledge.application.KnowledgeViews.Name;
import org.madang.knowledge.application.KnowledgeViews.PublicArticle;
import org.madang.knowledge.application.PublicKnowledge;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.List;

/** The public knowledge pages as JSON: public articles (FAQs) by service or search, and one article. */
@Path("/knowledge/articles")
@Tag(name = "Knowledge", description = "Public answers of the government's knowledge base: frequently asked questions about services, rulings and manuals made public")
public class KnowledgeResource {
    static final int MAX_QUERY = 200;

    @Inject
    PublicKnowledge knowledge;

    public record ServiceRef(long id, String nameKo, String nameEn) {
        static ServiceRef of(Name n) {
            return new ServiceRef(Long.parseLong(n.key()), n.ko(), n.en());
        }
    }

    public record ArticleJson(long id,
                              @Schema(description = "MANUAL, RULING, PRECEDENT, LEGAL_REFERENCE or POLICY_NOTE") String kind,
                              String titleKo, String titleEn,
                              @Schema(description = "the answer as sanitised HTML (rendered from the article's Markdown)") String htmlKo,
                              String htmlEn,
                              @Schema(description = "services the article concerns (see GET /api/services)") List<ServiceRef> services,
                              @Schema(description = "owning agency's code") String agency, String agencyNameKo,
                              String agencyNameEn,
                              @Schema(description = "statute articles it relies on, as printed") List<String> citations,
                              Instant publishedAt,
                              @Schema(description = "the article that replaces this one, when it is superseded") Long supersededBy) {
        static ArticleJson of(PublicArticle a) {
            return new ArticleJson(a.id(), a.kind().name(), a.titleKo(), a.titleEn(), a.htmlKo(), a.htmlEn(),
                    a.services().stream().map(ServiceRef::of).toList(), a.agency().key(), a.agency().ko(),
                    a.agency().en(), a.citations(), a.publishedAt(),
                    a.supersededBy() == null ? null : a.supersededBy().id());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List public articles",
            description = "A service's frequently asked questions (service=id), or public articles matching q in Korean "
                    + "or English (best first), or the newest; 30 per page.")
    @APIResponse(responseCode = "200", description = "The articles",
            content = @Content(schema = @Schema(implementation = ArticleJson.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "422", description = "A parameter has a value it does not take (the error names it)")
    public List<ArticleJson> list(
            @Parameter(description = "a service id: its frequently asked questions") @QueryParam("service") Long service,
            @Parameter(description = "words to search for (at most 200 characters)") @QueryParam("q") String q,
            @Parameter(description = "page, from 0") @QueryParam("page") @DefaultValue("0") int page) {
        if (q != null && q.length() > MAX_QUERY) {
            throw new InvalidInput("knowledge.api.parameterInvalid", "q").onField("q");
        }
        if (page < 0 || page > 1000) {
            throw new InvalidInput("knowledge.api.parameterInvalid", "page").onField("page");
        }
        List<PublicArticle> found = service != null ? knowledge.faqOf(service) : knowledge.find(q, page);
        return found.stream().map(ArticleJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One public article")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleJson.class)))
    @APIResponse(responseCode = "404", description = "No public article has this id")
    public ArticleJson get(@Parameter(description = "the article id") @PathParam("id") long id) {
        return ArticleJson.of(knowledge.article(id));
    }
}

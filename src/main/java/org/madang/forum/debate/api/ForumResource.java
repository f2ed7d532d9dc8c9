package org.madang.forum.debate.api;

import jakarta.inject.Inject;
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
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateViews.DebateView;
import org.madang.forum.debate.application.DebateViews.LogEntry;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.DebateViews.ThreadPage;
import org.madang.forum.debate.application.Moderating;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.util.List;

/** The public debate pages and the moderation log as JSON; threads by cursor (keyset), never by offset. */
@Path("/forum")
@Tag(name = "Forum", description = "Agencies' policy debates (정책토론), their posts and the public moderation log")
public class ForumResource {
    static final List<String> SORTS = List.of("newest", "agreed", "official");

    @Inject
    DebateCatalogue catalogue;
    @Inject
    Moderating moderating;

    public record DebateJson(long id, String agency, String title, String background,
                             @Schema(description = "SIGNED_IN, VERIFIED_RESIDENTS or REGION_RESIDENTS") String audience,
                             String region, Instant opensAt, Instant closesAt,
                             @Schema(description = "UPCOMING, OPEN or CLOSED") String phase, String summary,
                             @Schema(description = "background documents: publications of /api/open/publications; only on one debate")
                             List<DocumentJson> documents) {
        static DebateJson of(DebateView d) {
            return new DebateJson(d.id(), d.agency().code(), d.title(), d.background(), d.audience().name(), d.region(),
                    d.opensAt(), d.closesAt(), d.phase().name(), d.summary(),
                    d.documents().stream().map(x -> new DocumentJson(x.publicationId(), x.titleKo(), x.titleEn())).toList());
        }
    }

    public record DocumentJson(long publication, String titleKo, String titleEn) {
    }

    public record PostJson(long id, Long parentId,
                           @Schema(description = "RESIDENT, OFFICIAL or FORMER (an erased account)") String author,
                           @Schema(description = "agency code of an official post") String officialAgency,
                           String officialRole,
                           @Schema(description = "null when deleted by its author, under review or hidden") String body,
                           boolean deleted, @Schema(description = "VISIBLE, UNDER_REVIEW or HIDDEN") String moderation,
                           String hiddenRule, String hiddenReason, Instant createdAt, Instant editedAt, int agree,
                           int disagree, int replies, List<PostJson> firstReplies) {
        static PostJson of(PostView p) {
            return new PostJson(p.id(), p.parentId(), p.author(),
                    p.officialAgency() == null ? null : p.officialAgency().code(), p.officialRole(), p.body(), p.deleted(),
                    p.moderation().name(), p.hiddenRule() == null ? null : p.hiddenRule().name(), p.hiddenReason(),
                    p.createdAt(), p.editedAt(), p.agree(), p.disagree(), p.replies(),
                    p.firstReplies().stream().map(PostJson::of).toList());
        }
    }

    public record PostPage(List<PostJson> posts,
                           @Schema(description = "pass as ?cursor= for the next page; null on the last") String next) {
    }

    public record LogJson(long id, @Schema(description = "the post decided on; null for a petition") Long post,
                          Long debate, @Schema(description = "the petition decided on; null for a post") Long petition,
                          String action, String rule, String reason, Instant at) {
        static LogJson of(LogEntry e) {
            return new LogJson(e.id(), e.postId(), e.debateId(), e.petitionId(), e.action().name(),
                    e.rule() == null ? null : e.rule().name(), e.reason(), e.at());
        }
    }

    @GET
    @Path("/debates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the debates, latest closing first")
    @APIResponse(responseCode = "200", description = "The debates",
            content = @Content(schema = @Schema(implementation = DebateJson.class, type = SchemaType.ARRAY)))
    public List<DebateJson> debates() {
        return catalogue.debates().stream().map(DebateJson::of).toList();
    }

    @GET
    @Path("/debates/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One debate with its background documents (publications of /open/)")
    @APIResponse(responseCode = "200", description = "The debate", content = @Content(schema = @Schema(implementation = DebateJson.class)))
    @APIResponse(responseCode = "404", description = "No debate has this id")
    public DebateJson debate(@Parameter(description = "the debate id") @PathParam("id") long id) {
        return DebateJson.of(catalogue.get(id));
    }

    @GET
    @Path("/debates/{id}/posts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One page of a debate's threads, each with its first replies",
            description = "20 threads a page by keyset: follow `next` as ?cursor=. A cursor that does not parse starts over.")
    @APIResponse(responseCode = "404", description = "No debate has this id")
    @APIResponse(responseCode = "422", description = "sort has a value it does not take")
    public PostPage posts(@Parameter(description = "the debate id") @PathParam("id") long id,
                          @Parameter(description = "newest (default), agreed or official") @QueryParam("sort") String sort,
                          @Parameter(description = "from the previous page's next") @QueryParam("cursor") String cursor) {
        if (sort != null && !SORTS.contains(sort)) {
            throw new InvalidInput("petition.api.filterInvalid", "sort").onField("sort");
        }
        ThreadPage page = catalogue.threads(id, sort == null ? "newest" : sort, cursor);
        return new PostPage(page.threads().stream().map(PostJson::of).toList(), page.next());
    }

    @GET
    @Path("/moderation-log")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public moderation log, newest first",
            description = "50 entries a page; pass the last id as ?before= for older ones. Never who reported or who decided.")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(schema = @Schema(implementation = LogJson.class, type = SchemaType.ARRAY)))
    public List<LogJson> log(@Parameter(description = "entries older than this id") @QueryParam("before") Long before) {
        return moderating.log(before != null && before > 0 ? before : null).stream().map(LogJson::of).toList();
    }
}

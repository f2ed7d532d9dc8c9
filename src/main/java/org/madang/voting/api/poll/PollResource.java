package org.madang.voting.api.poll;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.voting.application.poll.PollCatalogue;
import org.madang.voting.application.poll.PollViews.ChainCheck;
import org.madang.voting.application.poll.PollViews.OptionView;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.PollViews.ReceiptLine;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Polls and participatory budgets, their results once closed, and their public receipt lists,
 * so that anyone can recompute the hash chain with their own tools.
 */
@Path("/polls")
@Tag(name = "Polls and participatory budgets",
        description = "Opinion polls (여론조사) and participatory budgets (주민참여예산): results at closing and the hash-chained public receipt list")
public class PollResource {
    @Inject
    PollCatalogue catalogue;

    public record Option(int position, String labelKo, String labelEn,
                         @Schema(description = "project cost in won (budgets only)") Long costKrw,
                         @Schema(description = "null until the results are published at closing") Integer votes,
                         @Schema(description = "budgets, after closing: funded under the greedy-by-votes rule") Boolean funded) {
        static Option of(OptionView o) {
            return new Option(o.position(), o.labelKo(), o.labelEn(), o.costKrw(), o.votes(), o.funded());
        }
    }

    public record PollJson(long id, @Schema(description = "POLL or BUDGET") String kind, String titleKo,
                           String titleEn, @Schema(description = "DRAFT is never listed; UPCOMING, OPEN, COUNTING, CLOSED") String phase,
                           Instant opensAt, Instant closesAt,
                           @Schema(description = "region name (identity's), or null for any region") String region,
                           Integer minAge, @Schema(description = "KNAPSACK or APPROVAL (budgets)") String budgetMode,
                           Long budgetKrw, @Schema(description = "most answers or projects one may choose") int maxChoices,
                           int receipts, @Schema(description = "hash of the last receipt (64 zeros if none)") String chainHead,
                           List<Option> options) {
        static PollJson of(PollView p) {
            return new PollJson(p.id(), p.kind(), p.titleKo(), p.titleEn(), p.phase().name(), p.opensAt(), p.closesAt(),
                    p.region(), p.minAge(), p.mode() == null ? null : p.mode().name(), p.budgetKrw(), p.maxChoices(),
                    p.receiptCount(), p.chainHead(), p.options().stream().map(Option::of).toList());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the published polls and budgets", description = "Counts are null until a poll closes.")
    @APIResponse(responseCode = "200", description = "The polls, latest closing first",
            content = @Content(schema = @Schema(implementation = PollJson.class, type = SchemaType.ARRAY)))
    public List<PollJson> list() {
        return catalogue.published().stream().map(PollJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One poll or budget, with its results once closed")
    @APIResponse(responseCode = "404", description = "No published poll has this id")
    public PollJson get(@Parameter(description = "the poll id") @PathParam("id") long id) {
        return answer(() -> PollJson.of(catalogue.get(id)));
    }

    @GET
    @Path("/{id}/receipts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public receipt list",
            description = "In chain order. hash = SHA-256(previousHash + \"\\n\" + len(code) + \":\" + code + \";\" + "
                    + "len(choiceDigest) + \":\" + choiceDigest + \";\"), lengths in characters; the first previousHash is 64 zeros.")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(schema = @Schema(implementation = ReceiptLine.class, type = SchemaType.ARRAY)))
    public List<ReceiptLine> receipts(@PathParam("id") long id) {
        return answer(() -> catalogue.receipts(id));
    }

    @GET
    @Path("/{id}/receipts/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The portal's own check of the receipt chain",
            description = "Recomputes every link and compares the last with the head and count the poll recorded.")
    public ChainCheck verify(@PathParam("id") long id) {
        return answer(() -> catalogue.checkChain(id));
    }

    @GET
    @Path("/{id}/receipts/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find one receipt by its code")
    @APIResponse(responseCode = "400", description = "The code is mistyped (its check character does not match)")
    @APIResponse(responseCode = "404", description = "No such receipt in this poll")
    public ReceiptLine receipt(@PathParam("id") long id, @PathParam("code") String code) {
        return answer(() -> catalogue.findReceipt(id, code).orElseThrow(NotFoundException::new));
    }

    private static <T> T answer(Supplier<T> work) {
        try {
            return work.get();
        } catch (NotFound e) {
            throw new NotFoundException();
        } catch (InvalidInput e) {
            throw new BadRequestException();
        }
    }
}

package org.madang.disclosure.request.domain;

import org.madang.platform.error.InvalidInput;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure fee table and its rules, as loaded from the database (see the migration
 * {@code V202612091000__disclosure_request_fees.sql} and docs/disclosure-fees.md for the source):
 * <ul>
 *   <li>the quantity the requester's form calls for is charged at its rate; a quantity for another
 *       form is refused, so nothing is charged that was not asked for;</li>
 *   <li>a granted reduction claim takes {@code reductionPercent} off the fee (시행령 제17조), rounding
 *       in the requester's favour; postage is never reduced;</li>
 *   <li>the part of the fee below {@code truncationUnit} won is not counted (the table's note:
 *       "수수료 중 100원 단위 미만 금액은 계산하지 아니한다"), so a fee under 100 won is not charged;</li>
 *   <li>postage by post is charged at cost as the officer enters it; there is none for other deliveries.</li>
 * </ul>
 */
public final class FeeSchedule {
    public static final long MAX_PAGES = 100_000;
    public static final long MAX_MEGABYTES = 100_000;
    public static final long MAX_MINUTES = 100_000;
    public static final long MAX_POSTAGE = 1_000_000;

    private final Map<FeeItem, FeeRate> rates;
    private final int reductionPercent;
    private final long truncationUnit;

    public FeeSchedule(Map<FeeItem, FeeRate> rates, int reductionPercent, long truncationUnit) {
        if (rates.size() != FeeItem.values().length) {
            throw new IllegalArgumentException("the fee table needs a rate for every item");
        }
        if (reductionPercent < 0 || reductionPercent > 100 || truncationUnit <= 0) {
            throw new IllegalArgumentException("reduction 0-100 %, a positive counting unit");
        }
        this.rates = new EnumMap<>(rates);
        this.reductionPercent = reductionPercent;
        this.truncationUnit = truncationUnit;
    }

    public int reductionPercent() {
        return reductionPercent;
    }

    public FeeRate rate(FeeItem item) {
        return rates.get(item);
    }

    /** The fee for a request with these details, or the first wrong input with its field's message. */
    public FeeComputation compute(RequestDetails details, FeeInput in) {
        FeeInput input = in == null ? FeeInput.NONE : in;
        List<FeeLine> lines = new ArrayList<>();
        long gross = 0;
        RequestForm form = details.getForm();
        long pages = quantity(input.pages(), MAX_PAGES, "feePages", form == RequestForm.COPY);
        long megabytes = quantity(input.megabytes(), MAX_MEGABYTES, "feeMegabytes", form == RequestForm.ELECTRONIC_FILE);
        long minutes = quantity(input.minutes(), MAX_MINUTES, "feeMinutes", form == RequestForm.INSPECTION);
        if (pages > 0) {
            if (input.paper() == null) {
                throw new InvalidInput("disclosure.fee.paper.required").onField("feePaper");
            }
            gross += line(lines, input.paper().item(), pages);
        }
        if (megabytes > 0) {
            gross += line(lines, FeeItem.ELECTRONIC_FILE, megabytes);
        }
        if (minutes > 0) {
            gross += line(lines, FeeItem.INSPECTION, minutes);
        }

        WaiverAnswer waiver = input.waiver();
        String reason = input.waiverReason() == null || input.waiverReason().isBlank() ? null : input.waiverReason().strip();
        if (details.isFeeWaiverClaimed() && waiver == null) {
            throw new InvalidInput("disclosure.fee.waiver.answerRequired").onField("feeWaiver");
        }
        if (!details.isFeeWaiverClaimed() && waiver != null) {
            throw new InvalidInput("disclosure.fee.waiver.notClaimed").onField("feeWaiver");
        }
        if (waiver == WaiverAnswer.REFUSED && reason == null) {
            throw new InvalidInput("disclosure.fee.waiver.reasonRequired").onField("feeWaiverReason");
        }
        if (reason != null && reason.length() > RequestDetails.TEXT_MAX) {
            throw new InvalidInput("disclosure.request.text.tooLong", RequestDetails.TEXT_MAX).onField("feeWaiverReason");
        }
        long fee = gross;
        if (waiver == WaiverAnswer.GRANTED && gross > 0) {
            long reduced = gross * (100 - reductionPercent) / 100;
            lines.add(new FeeLine(FeeLine.REDUCTION, reductionPercent, reduced - gross));
            fee = reduced;
        }
        long counted = fee - fee % truncationUnit;
        if (counted != fee) {
            lines.add(new FeeLine(FeeLine.TRUNCATION, truncationUnit, counted - fee));
        }

        long postage = quantity(input.postage(), MAX_POSTAGE, "feePostage", details.getDelivery() == Delivery.POST);
        if (postage > 0) {
            lines.add(new FeeLine(FeeLine.POSTAGE, 1, postage));
        }
        return new FeeComputation(lines, counted, postage, waiver, waiver == null ? null : reason);
    }

    private long line(List<FeeLine> lines, FeeItem item, long units) {
        long amount = rates.get(item).charge(units);
        lines.add(new FeeLine(item.labelKey(), units, amount));
        return amount;
    }

    /** A quantity within 0..max, given only where it applies (empty counts as 0). */
    private static long quantity(Long value, long max, String field, boolean applies) {
        if (value == null || value == 0) {
            return 0;
        }
        if (!applies) {
            throw new InvalidInput("disclosure.fee.notApplicable").onField(field);
        }
        if (value < 0 || value > max) {
            throw new InvalidInput("disclosure.fee.outOfRange", max).onField(field);
        }
        return value;
    }
}

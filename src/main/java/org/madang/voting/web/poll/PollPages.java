package org.madang.voting.web.poll;

/** Addresses of the poll pages. */
final class PollPages {
    static final String POLL = "/polls/poll.xhtml?id=";
    static final String RECEIPTS = "/polls/receipts.xhtml?id=";
    static final String TAKE_PART = "/my/polls/take.xhtml?id=";
    static final String RECEIPT = "/my/polls/receipt.xhtml?id=";
    static final String ADMIN_POLL = "/poll-admin/poll.xhtml?id=";
    /** Flash key of the receipt, shown once on the page after taking part. */
    static final String RECEIPT_FLASH = "madang.pollReceipt";

    private PollPages() {
    }
}

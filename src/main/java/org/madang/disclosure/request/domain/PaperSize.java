package org.madang.disclosure.request.domain;

/** The paper size of copies, as the fee table distinguishes them. */
public enum PaperSize {
    B4_OR_SMALLER(FeeItem.COPY_B4), A3_OR_LARGER(FeeItem.COPY_A3);

    private final FeeItem item;

    PaperSize(FeeItem item) {
        this.item = item;
    }

    public FeeItem item() {
        return item;
    }

    public String labelKey() {
        return "disclosure.fee.paper." + name();
    }
}

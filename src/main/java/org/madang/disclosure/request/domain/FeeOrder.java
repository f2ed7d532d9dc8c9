package org.madang.disclosure.request.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the requester owes for a request and how to pay it, and once paid, the payment as an officer
 * recorded it: a read model of {@link FeePayments}.
 *
 * @param bankName       the bank of the virtual account, "ko|en"
 * @param virtualAccount the account number to transfer to
 */
public record FeeOrder(String reference, String requestNumber, BigDecimal amount, String bankName,
                       String virtualAccount, Instant issuedAt, BigDecimal paidAmount, LocalDate paidOn,
                       String receipt, String recordedByName, Instant recordedAt) implements Serializable {
    public boolean isSettled() {
        return recordedAt != null;
    }

    public String bankName(String lang) {
        if (bankName == null) {
            return "";
        }
        String[] parts = bankName.split("\\|", 2);
        return "en".equals(lang) && parts.length > 1 ? parts[1] : parts[0];
    }
}

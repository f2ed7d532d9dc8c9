package org.madang.services.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the citizen owes for an application and how to pay it, and once paid, the record of the
 * payment as an officer entered it: a read model of {@link PaymentGateway}.
 *
 * @param bankName       the bank of the virtual account, in Korean and English ("ko|en")
 * @param virtualAccount the account number to transfer to (null when the adapter has none)
 */
public record PaymentOrder(String reference, String applicationNumber, BigDecimal amount, String bankName,
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

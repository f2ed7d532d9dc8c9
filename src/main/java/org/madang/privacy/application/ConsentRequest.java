package org.madang.privacy.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What a person consents to, as another context asks for it: which data ({@code scope}, a stable
 * name such as {@code document.residentRegistration}; its label is the text {@code consent.scope.<scope>}),
 * to which agency, for what purpose (a text key) and which application. {@code withdrawable} is
 * false only where a law makes the processing compulsory; {@code legalBasisKey} then names that law.
 */
public record ConsentRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]*") String scope,
                             @Size(max = 20) String recipientAgency,
                             @NotBlank @Size(max = 200) String purposeKey,
                             @Size(max = 200) String purposeReference,
                             boolean withdrawable,
                             @Size(max = 200) String legalBasisKey) implements Serializable {

    /** A consent the person may withdraw at any time (the usual case). */
    public static ConsentRequest withdrawable(String scope, String recipientAgency, String purposeKey,
                                              String purposeReference) {
        return new ConsentRequest(scope, recipientAgency, purposeKey, purposeReference, true, null);
    }

    /** A consent a law keeps in force once given; {@code legalBasisKey} names the law for the person. */
    public static ConsentRequest requiredByLaw(String scope, String recipientAgency, String purposeKey,
                                               String purposeReference, String legalBasisKey) {
        return new ConsentRequest(scope, recipientAgency, purposeKey, purposeReference, false, legalBasisKey);
    }
}

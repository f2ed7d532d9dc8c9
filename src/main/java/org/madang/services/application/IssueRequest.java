package org.madang.services.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/**
 * Everything {@link CertificateIssuance#issue(IssueRequest)} needs to issue one document, carried
 * whole in this immutable value so that nothing shared between requests or threads ever holds the
 * holder: the renderer reads the holder's name from here and the stored document takes the holder's
 * account id from here, so the two cannot come from different requests.
 *
 * @param applicationNumber   the receipt number of the application the document answers (as printed)
 * @param holderAccountId     the account that will hold, and alone download, the document
 * @param issuingDepartmentId the department that decided (its officers may fetch a copy, logged)
 * @param documentTypeKey     the catalogue's document type ({@code ServiceView.documentTypeKey()})
 * @param holderName          the holder's name as printed on the document
 * @param lines               the content, in print order
 * @param language            {@code ko} or {@code en}: the language the document is printed in first
 */
public record IssueRequest(@NotBlank @Size(max = 40) String applicationNumber,
                           @Positive long holderAccountId,
                           @Positive long issuingDepartmentId,
                           @NotBlank @Size(max = 80) String documentTypeKey,
                           @NotBlank @Size(max = 200) String titleKo,
                           @NotBlank @Size(max = 200) String titleEn,
                           @NotBlank @Size(max = 100) String holderName,
                           @NotNull @NotEmpty @Size(max = 40) List<@Valid @NotNull ContentLine> lines,
                           @NotNull @Pattern(regexp = "ko|en") String language) implements Serializable {
    public IssueRequest {
        lines = lines == null ? null : List.copyOf(lines);
    }

    /** One printed line: a label in both languages and its value (values are printed as given). */
    public record ContentLine(@NotBlank @Size(max = 100) String labelKo, @NotBlank @Size(max = 100) String labelEn,
                              @NotNull @Size(max = 500) String value) implements Serializable {
    }
}

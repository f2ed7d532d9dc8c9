package org.madang.services;

import org.madang.testsupport.InContainer;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.error.BusinessException;
import org.madang.platform.security.CurrentUser;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.DocumentFile;
import org.madang.services.application.IssueRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Test-only endpoint of the test archive (CertificateArquillianIT): one HTTP request signs in as
 * one citizen through the application's own identity store and, as that citizen, either issues a
 * document to themself (instant issuance) or downloads one. Fifty such requests at once are fifty
 * citizens on fifty server threads, each with its own security context: the real shape of the
 * concurrent load the issuance must survive.
 */
@InContainer
@WebServlet("/it/certificates")
public class CertificateProbeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;
    @Inject
    transient CertificateIssuance issuance;
    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        var credential = new UsernamePasswordCredential(request.getParameter("user"), request.getParameter("password"));
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, String.valueOf(status));
            return;
        }
        try {
            if ("issue".equals(request.getParameter("action"))) {
                long me = currentUser.accountId();
                var view = issuance.issue(new IssueRequest(request.getParameter("application"), me,
                        Long.parseLong(request.getParameter("department")), "RESIDENT_REGISTRATION",
                        "주민등록표 등본", "Certificate of Resident Registration", request.getParameter("name"),
                        List.of(new IssueRequest.ContentLine("주소", "Address", request.getParameter("address")),
                                new IssueRequest.ContentLine("세대주", "Head of household", request.getParameter("name"))),
                        "ko"));
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write((view.issuanceNumber() + "\n" + view.holderAccountId())
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                DocumentFile file = issuance.download(request.getParameter("n"));
                response.setContentType(DocumentFile.MEDIA_TYPE);
                response.setHeader("X-Holder", String.valueOf(file.holderAccountId()));
                response.getOutputStream().write(file.content());
            }
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.messageKey());
        } finally {
            request.logout();
        }
    }
}

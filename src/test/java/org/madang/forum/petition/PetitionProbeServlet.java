package org.madang.forum.petition;

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
import org.madang.forum.petition.application.Supporting;
import org.madang.platform.error.BusinessException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Test-only endpoint of PetitionArquillianIT's archive: one request signs in as one resident and
 * supports a petition, so that many requests at once are many residents on many server threads.
 * Answers 200 with the count after this support, or 409 with the refusal's message key.
 */
@InContainer
@WebServlet("/it/petitions")
public class PetitionProbeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;
    @Inject
    transient Supporting supporting;

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
            int count = supporting.support(Long.parseLong(request.getParameter("petition")));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(String.valueOf(count).getBytes(StandardCharsets.UTF_8));
        } catch (BusinessException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(e.messageKey().getBytes(StandardCharsets.UTF_8));
        } finally {
            request.logout();
        }
    }
}

package org.madang.voting.poll;

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
import org.madang.voting.application.poll.PollViews.ReceiptGiven;
import org.madang.voting.application.poll.TakingPart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Test-only endpoint of PollArquillianIT's archive: one request signs in as one resident and takes
 * part in a poll, so that many requests at once are many residents on many server threads.
 * Answers 200 with "sequence code", or 409 with the refusal's message key.
 */
@InContainer
@WebServlet("/it/polls")
public class PollProbeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;
    @Inject
    transient TakingPart takingPart;

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
            ReceiptGiven r = takingPart.participate(Long.parseLong(request.getParameter("poll")),
                    Arrays.stream(request.getParameter("choices").split(",")).map(Integer::valueOf).toList());
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write((r.sequence() + " " + r.code()).getBytes(StandardCharsets.UTF_8));
        } catch (BusinessException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(e.messageKey().getBytes(StandardCharsets.UTF_8));
        } finally {
            request.logout();
        }
    }
}

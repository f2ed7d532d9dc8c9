package org.madang.disclosure.request.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.disclosure.request.application.RequestFiling;
import org.madang.disclosure.request.domain.FeeOutstanding;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /my/requests/file?number=…}: the file released to the requester alone (disclosure of their
 * own personal data) for the signed-in requester. /my/ is closed to anonymous callers by web.xml;
 * the service matches the requester again, so another person's number answers 404 like an unknown one.
 * While the request's fee is owed the answer is 403 with the reason, never the file.
 */
@WebServlet(urlPatterns = PrivateReleaseServlet.PATH)
public class PrivateReleaseServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/my/requests/file";

    @Inject
    transient RequestFiling filing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        if (number == null || number.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        RequestFiling.PrivateFile file;
        try {
            file = filing.myReleasedFile(number);
        } catch (NotFound | InvalidInput notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (FeeOutstanding unpaid) {
            // the 403 page says why and what to do; the file is never sent
            request.setAttribute("madang.error.reason", "disclosure.fee.downloadRefused");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        // personal data: never kept by a shared cache or the browser's back-forward cache
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }
}

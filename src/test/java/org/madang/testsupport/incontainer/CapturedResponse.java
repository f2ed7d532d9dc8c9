package org.madang.testsupport.incontainer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Test archives only: keeps the response of the Arquillian servlet request reachable from test code
 * (CDI offers the request but not the response), because {@code SecurityContext.authenticate}
 * needs both. Matches the servlet that arquillian-liberty-managed-jakarta's servlet protocol registers.
 */
@WebFilter(urlPatterns = "/ArquillianServletRunnerEE9")
public class CapturedResponse extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = CapturedResponse.class.getName();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        req.setAttribute(ATTRIBUTE, res);
        chain.doFilter(req, res);
    }
}

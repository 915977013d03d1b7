package vn.thidua.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns a refused or missing record, however deeply Faces wrapped the exception, into the HTTP
 * status 403 or 404 and its error page, instead of a 500.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ErrorStatusFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof AccessDeniedException && !response.isCommitted()) {
                    response.reset();
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                if (t instanceof NotFoundException && !response.isCommitted()) {
                    response.reset();
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
            throw e;
        }
    }
}

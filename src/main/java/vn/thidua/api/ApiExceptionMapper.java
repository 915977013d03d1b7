package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;

/** Errors as JSON with the right status: 400 bad input, 403 not allowed, 404 missing, 409 version conflict. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Inject
    private Messages messages;

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException e) {
                return json(400, messages.get("error.invalid"), e.fieldErrors());
            }
            if (t instanceof AccessDeniedException e) {
                return json(403, e.getMessage(), Map.of());
            }
            if (t instanceof NotFoundException e) {
                return json(404, e.getMessage(), Map.of());
            }
            if (t instanceof OptimisticLockException) {
                return json(409, messages.get("error.conflict"), Map.of());
            }
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.ws.rs.ProcessingException) {
                return json(400, messages.get("error.invalid") + " " + t.getMessage(), Map.of());
            }
            if (t instanceof WebApplicationException e) {
                int status = e.getResponse().getStatus();
                return json(status, status == 404 ? messages.get("error.notFound") : e.getMessage(), Map.of());
            }
        }
        LOG.log(Level.SEVERE, "API request failed", exception);
        return json(500, messages.get("error.server"), Map.of());
    }

    private static Response json(int status, String message, Map<String, String> fieldErrors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, message, fieldErrors)).build();
    }
}

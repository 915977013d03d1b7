package vn.thidua.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;

/** Shows a service's refusal on the page: each message beside its field, the rest at the top. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Runs a change and reports a refusal instead of failing the request.
     *
     * @param formId the id of the h:form whose inputs carry the field names as ids
     * @return true when the change went through
     */
    public static boolean attempt(String formId, Runnable change) {
        return attemptValue(formId, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * Runs a change that produces something (never null), reporting a refusal like {@link #attempt(String, Runnable)}.
     *
     * @return what the change produced, or empty when it was refused
     */
    public static <T> Optional<T> attemptValue(String formId, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (RuntimeException e) {
            if (!report(formId, e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** @return whether the exception was a refusal shown to the user */
    public static boolean report(String formId, Throwable e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                for (Map.Entry<String, String> error : invalid.fieldErrors().entrySet()) {
                    UIComponent field = error.getKey().isEmpty() ? null
                            : faces.getViewRoot().findComponent(":" + formId + ":" + error.getKey());
                    faces.addMessage(field == null ? null : field.getClientId(faces),
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, error.getValue(), null));
                }
                faces.validationFailed();
                return true;
            }
            if (t instanceof OptimisticLockException) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(faces.getViewRoot().getLocale(), "error.conflict"), null));
                faces.validationFailed();
                return true;
            }
        }
        return false;
    }

    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}

package vn.thidua.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The language of the current request: the page's chosen language, else Accept-Language, else Vietnamese. */
@RequestScoped
public class RequestLocale {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Inject
    private HttpServletRequest request;

    public Locale get() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        try {
            String header = request.getHeader("Accept-Language");
            if (header != null && !header.isBlank()) {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            }
        } catch (RuntimeException noRequest) {
            // outside an HTTP request
        }
        return VIETNAMESE;
    }
}

package vn.thidua.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The language of the current request: on pages the one chosen (Vietnamese by default); in the API Accept-Language, else Vietnamese. */
@RequestScoped
public class RequestLocale {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The session attribute holding the language a user chose on the pages ("vi" or "en"). */
    public static final String SESSION_LANGUAGE = "thidua.language";
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Inject
    private HttpServletRequest request;

    public Locale get() {
        if (FacesContext.getCurrentInstance() != null) {
            // a page: the language chosen in the session (the view root's locale is not set yet in view actions)
            Object chosen = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(SESSION_LANGUAGE);
            return "en".equals(chosen) ? Locale.ENGLISH : VIETNAMESE;
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

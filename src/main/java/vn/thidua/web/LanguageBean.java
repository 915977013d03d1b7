package vn.thidua.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import vn.thidua.common.RequestLocale;

/** The user's language: Vietnamese unless they switch to English. */
@Named
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private String language = "vi";

    public Locale getLocale() {
        return "en".equals(language) ? Locale.ENGLISH : RequestLocale.VIETNAMESE;
    }

    public String getLanguage() {
        return language;
    }

    /** Switches between Vietnamese and English and reloads the current page. */
    public String toggle() {
        language = "en".equals(language) ? "vi" : "en";
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(RequestLocale.SESSION_LANGUAGE, language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }
}

package vn.thidua.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible texts from i18n/messages_*.properties, in the language of the current request. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "i18n.messages";

    @Inject
    private RequestLocale requestLocale;

    public String get(String key, Object... args) {
        return text(requestLocale.get(), key, args);
    }

    /** In Vietnamese whatever the caller's language: for texts stored or sent to others. */
    public static String vietnamese(String key, Object... args) {
        return text(RequestLocale.VIETNAMESE, key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}

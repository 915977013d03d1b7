package vn.thidua.submission;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An uploaded evidence file that is not accepted (forbidden content, a name that does not match the content,
 * empty, too large). Carries a message key of the i18n bundles with its arguments so that a page can tell the
 * user why, in the user's language; the exception message itself is only for logs.
 */
public class EvidenceRefusedException extends RuntimeException {

    /** Content of a forbidden or unknown type; args: file name. */
    public static final String TYPE = "evidence.error.type";
    /** The name's extension does not match the content; args: file name, label of the detected type. */
    public static final String EXTENSION = "evidence.error.extension";
    /** An empty file; args: file name. */
    public static final String EMPTY = "evidence.error.empty";
    /** A file over the size limit; args: file name, the limit in MB (whole number). */
    public static final String SIZE = "evidence.error.size";

    private final String key;
    private final List<Object> args;

    public EvidenceRefusedException(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** The message key, e.g. {@code evidence.error.type}. */
    public String key() {
        return key;
    }

    /** The arguments of the message, in the order of its placeholders {0}, {1}... */
    public List<Object> args() {
        return args;
    }
}

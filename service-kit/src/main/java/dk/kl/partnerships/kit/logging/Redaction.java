package dk.kl.partnerships.kit.logging;

import java.util.regex.Pattern;

/**
 * Takes e-mail addresses out of text bound for logs and dead-letter headers: exception messages
 * quote values (a duplicate key, a refused recipient), and no address may leave the service that way.
 */
public final class Redaction {

    /** What replaces an address. */
    public static final String ADDRESS = "<e-mail address>";

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private Redaction() {}

    public static String addresses(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return EMAIL.matcher(text).replaceAll(ADDRESS);
    }
}

package dk.kl.partnerships.web.support;

/** What a form's text fields hand on to the API: without the spaces typed around it; nothing for an empty field. */
public final class FormText {

    private FormText() {}

    public static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

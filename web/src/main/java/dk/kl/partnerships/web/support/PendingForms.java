package dk.kl.partnerships.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;

/**
 * A form sent after the session ran out is not lost: its fields are kept, the person signs in again
 * and comes back to the same page with the form filled in as they left it, to check and send again.
 * (A form is never sent on their behalf: they may have changed their mind while away.)
 */
@Component
public class PendingForms {

    static final String ATTRIBUTE = PendingForms.class.getName();
    private static final int MAX_FIELDS = 500;

    record PendingForm(String path, Map<String, String[]> fields) implements Serializable {}

    private final ConversionService conversions;

    /** Binds as Spring MVC binds the form when it is sent (dates, numbers, formats). */
    PendingForms(@Qualifier("mvcConversionService") ConversionService conversions) {
        this.conversions = conversions;
    }

    /** The request came with a session that no longer exists (or with none): it ran out. */
    public boolean sessionExpired(HttpServletRequest request) {
        return request.getSession(false) == null || !request.isRequestedSessionIdValid();
    }

    /** Keeps the form's fields in a new session and sends the browser back to its page, which asks for sign-in. */
    public void keepAndSignInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getRequestURI();
        Map<String, String[]> fields = new LinkedHashMap<>();
        request.getParameterMap().entrySet().stream()
                .filter(field -> !field.getKey().startsWith("_"))
                .limit(MAX_FIELDS)
                .forEach(field -> fields.put(field.getKey(), field.getValue().clone()));
        request.getSession(true).setAttribute(ATTRIBUTE, new PendingForm(page, fields));
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", page);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(page);
        }
    }

    /**
     * Fills the form in with what was kept for this page, if anything; true if it did. The page then
     * tells the person to check it and send it again.
     */
    public boolean restore(HttpServletRequest request, Object form) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingForm pending)) {
            return false;
        }
        if (!pending.path().equals(request.getRequestURI())) {
            return false;
        }
        session.removeAttribute(ATTRIBUTE);
        DataBinder binder = new DataBinder(form);
        binder.setAutoGrowNestedPaths(true);
        binder.setConversionService(conversions);
        binder.bind(new MutablePropertyValues(pending.fields()));
        return true;
    }

    /** The page a request came from: htmx names it; otherwise the request's own path. */
    public static String currentPage(HttpServletRequest request) {
        String current = request.getHeader("HX-Current-URL");
        if (current != null) {
            int path = current.indexOf('/', current.indexOf("//") + 2);
            return path < 0 ? "/" : current.substring(path);
        }
        return request.getRequestURI();
    }
}

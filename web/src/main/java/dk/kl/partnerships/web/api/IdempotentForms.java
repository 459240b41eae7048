package dk.kl.partnerships.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * A form sent twice (a double click, a reload, a network that retries) acts once. Every form that
 * carries a CSRF token also carries a key of its own, new each time the form is shown; the API
 * calls its sending makes go out with that key as {@code Idempotency-Key}, so the services answer a
 * repeat with the first answer and change nothing. A form shown again (with errors to correct) has a
 * new key, so the corrected request is a new one.
 *
 * <p>The key rides along the hidden fields Spring Security adds to every form: this wraps that
 * {@link RequestDataValueProcessor} instead of asking every template to remember a field.
 */
@Component
public class IdempotentForms implements BeanPostProcessor {

    /** The form field; it starts with "_" so a form kept over an expired session never keeps it. */
    public static final String FIELD = "_idempotency";

    private static final int MAX_LENGTH = 100;

    /** The key of the form this request sent, if it sent one. */
    public static Optional<String> currentKey() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        if ("GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        String key = request.getParameter(FIELD);
        return key == null || key.isBlank() || key.length() > MAX_LENGTH ? Optional.empty() : Optional.of(key);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof RequestDataValueProcessor csrf && "requestDataValueProcessor".equals(name)) {
            return new WithKey(csrf);
        }
        return bean;
    }

    /** Adds the key wherever the CSRF token goes: to every form that changes something. */
    private record WithKey(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String method) {
            return delegate.processAction(request, action, method);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = delegate.getExtraHiddenFields(request);
            if (fields == null || fields.isEmpty()) {
                return fields;
            }
            Map<String, String> withKey = new LinkedHashMap<>(fields);
            withKey.put(FIELD, UUID.randomUUID().toString());
            return withKey;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}

package dk.kl.partnerships.web.support;

import org.springframework.stereotype.Component;

/**
 * The HTML id of a form field, as Thymeleaf's {@code th:field} makes it ({@code eans[0]} → {@code eans0}),
 * so labels, hints, error messages and the error summary's links point at the right input
 * ({@code ${@fieldIds.of('eans[0]')}} in the templates).
 */
@Component("fieldIds")
public class FieldIds {

    public String of(String field) {
        return field.replace("[", "").replace("]", "");
    }
}

package dk.kl.partnerships.web.support;

import dk.kl.partnerships.web.api.ApiProblem;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The one place where the API's refusals become Danish messages at the fields they concern. A field
 * error of the API names the field by its JSON path, which is the form field's path too (forms mirror
 * the requests: {@code eans[0]}, {@code address.postalCode}, {@code answers.x}); its message is
 * {@code api.field.<path without indexes and keys>} from the message bundle. A business rule (422)
 * is {@code api.rule.<rule>}, a conflict of state (409) {@code api.conflict}; the page names which
 * field a rule belongs to, or shows it above the form.
 */
@Component
public class FormErrors {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Puts the problem into the form's binding result; false if it is not one a person can correct
     * (a missing resource, an outage), which the caller lets {@code ErrorPages} show.
     *
     * @param ruleFields the form field each business rule concerns, where it concerns one
     */
    public boolean reject(ApiProblem problem, BindingResult form, Map<String, String> ruleFields) {
        if (!problem.isCorrectable()) {
            return false;
        }
        if (problem.rule() != null && problem.status() == 422) {
            String message = message("api.rule." + problem.rule(), "api.rule.unknown");
            String field = ruleFields.get(problem.rule());
            if (field != null && isField(form, field)) {
                form.rejectValue(field, "api.rule." + problem.rule(), message);
            } else {
                form.reject("api.rule." + problem.rule(), message);
            }
        } else if (problem.status() == 409) {
            // the code is the message's own key: the page resolves an error's code before its message
            String code = conflictCode(problem);
            String message = message(code, "api.conflict");
            String field = problem.currentState() == null ? null : ruleFields.get(problem.currentState());
            if (field != null && isField(form, field)) {
                form.rejectValue(field, code, message);
            } else {
                form.reject(code, message);
            }
        } else if (problem.fieldErrors().isEmpty()) {
            form.reject("api.invalid", message("api.invalid", "api.invalid"));
        }
        problem.fieldErrors().forEach(error -> {
            String code = fieldCode(form, error.field());
            String message = message(code, "api.field.invalid");
            String field = formField(form, error.field());
            if (field != null) {
                form.rejectValue(field, code, message);
            } else {
                form.reject(code, message);
            }
        });
        return true;
    }

    public boolean reject(ApiProblem problem, BindingResult form) {
        return reject(problem, form, Map.of());
    }

    /** The problem as one Danish sentence, for an action without a form (a button); null if none fits. */
    public String message(ApiProblem problem) {
        if (!problem.isCorrectable()) {
            return null;
        }
        if (problem.rule() != null && problem.status() == 422) {
            return message("api.rule." + problem.rule(), "api.rule.unknown");
        }
        if (problem.status() == 409) {
            return message(conflictCode(problem), "api.conflict");
        }
        return problem.fieldErrors().isEmpty()
                ? message("api.invalid", "api.invalid")
                : message("api.field." + generic(problem.fieldErrors().get(0).field()), "api.field.invalid");
    }

    /**
     * The key of a refused field's message: the form's own ({@code api.field.<Form>.<field>}) where one
     * field name means different things in two forms, else the field's, else a general one. It is also
     * the error's code, which the page resolves before the message.
     */
    private String fieldCode(BindingResult form, String apiField) {
        String field = generic(apiField);
        String own = form.getTarget() == null
                ? null
                : "api.field." + form.getTarget().getClass().getSimpleName() + "." + field;
        for (String code : new String[] {own, "api.field." + field}) {
            if (code != null && messages.getMessage(code, null, null, DANISH) != null) {
                return code;
            }
        }
        return "api.field.invalid";
    }

    /** The key of what stood in the way: the state ({@code api.conflict.<state>}), else the kind of conflict, else none. */
    private String conflictCode(ApiProblem problem) {
        for (String code : new String[] {"api.conflict." + problem.currentState(), "api.conflict." + problem.type()}) {
            if (messages.getMessage(code, null, null, DANISH) != null) {
                return code;
            }
        }
        return "api.conflict";
    }

    /** {@code eans[1]} → {@code eans}; {@code answers.leadership-1} → {@code answers}; {@code address.city} stays. */
    static String generic(String field) {
        String withoutIndexes = field.replaceAll("\\[\\d+]", "");
        if (withoutIndexes.startsWith("answers.") || withoutIndexes.startsWith("keyFigures.")) {
            return withoutIndexes.substring(0, withoutIndexes.indexOf('.'));
        }
        return withoutIndexes;
    }

    /**
     * The form's path for the API's field: the same, with a map key in brackets ({@code answers[x]}), or
     * the whole list where the form enters it in one field ({@code focusAreas[2]} → {@code focusAreas}).
     */
    private static String formField(BindingResult form, String field) {
        if (isField(form, field)) {
            return field;
        }
        if (field.endsWith("]") && field.lastIndexOf('[') > 0) {
            String list = field.substring(0, field.lastIndexOf('['));
            if (isField(form, list)) {
                return list;
            }
        }
        int dot = field.lastIndexOf('.');
        if (dot > 0) {
            String keyed = field.substring(0, dot) + "[" + field.substring(dot + 1) + "]";
            if (isField(form, keyed)) {
                return keyed;
            }
        }
        return null;
    }

    private static boolean isField(BindingResult form, String field) {
        Object target = form.getTarget();
        if (target == null) {
            return false;
        }
        BeanWrapperImpl bean = new BeanWrapperImpl(target);
        bean.setAutoGrowNestedPaths(true);
        try {
            return bean.isReadableProperty(field);
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }

    private String message(String code, String fallback) {
        try {
            return messages.getMessage(code, null, DANISH);
        } catch (NoSuchMessageException e) {
            return messages.getMessage(fallback, null, DANISH);
        }
    }
}

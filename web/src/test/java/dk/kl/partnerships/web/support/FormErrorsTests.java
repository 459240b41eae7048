package dk.kl.partnerships.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.web.api.ApiProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormErrorsTests {

    private final ResourceBundleMessageSource messages = messages();
    private final FormErrors errors = new FormErrors(messages);

    public static class Form {
        private List<String> eans = List.of("", "");
        private String role;
        private Map<String, Integer> answers = new LinkedHashMap<>();

        public List<String> getEans() {
            return eans;
        }

        public void setEans(List<String> eans) {
            this.eans = eans;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public Map<String, Integer> getAnswers() {
            return answers;
        }

        public void setAnswers(Map<String, Integer> answers) {
            this.answers = answers;
        }
    }

    @Test
    void aRefusedFieldOfTheApiIsADanishMessageAtTheFormFieldOfTheSamePath() {
        BindingResult form = form();
        boolean shown = errors.reject(
                problem(400, null, new ApiProblem.FieldError("eans[1]", "must end with a valid GS1 check digit")),
                form);

        assertThat(shown).isTrue();
        assertThat(form.getFieldError("eans[1]").getDefaultMessage()).contains("gyldigt kontrolciffer");
        assertThat(form.getGlobalErrors()).isEmpty();
    }

    @Test
    void anIndicatorNamedByKeyLandsOnItsMapEntry() {
        BindingResult form = form();
        errors.reject(
                problem(400, null, new ApiProblem.FieldError("answers.faglig-ledelse-1", "must be answered")), form);

        assertThat(form.getFieldError("answers[faglig-ledelse-1]").getDefaultMessage())
                .contains("alle indikatorer skal besvares");
    }

    @Test
    void aBusinessRuleGoesToTheFieldThePageNamesOrAboveTheForm() {
        BindingResult atField = form();
        errors.reject(problem(422, "participant-limit-reached"), atField, Map.of("participant-limit-reached", "role"));
        assertThat(atField.getFieldError("role").getDefaultMessage()).contains("højeste antal medarbejdere");

        BindingResult above = form();
        errors.reject(problem(422, "billing-profile-missing"), above);
        assertThat(above.getGlobalError().getDefaultMessage()).contains("mangler en faktureringsprofil");
    }

    @Test
    void aFieldTheFormDoesNotHaveAndAnUnknownRuleStillSaySomethingInDanish() {
        BindingResult form = form();
        errors.reject(problem(400, null, new ApiProblem.FieldError("municipalityCode", "must be 3 digits")), form);
        errors.reject(problem(422, "a-rule-nobody-wrote-a-text-for"), form);

        assertThat(form.getGlobalErrors())
                .extracting(e -> e.getDefaultMessage())
                .containsExactly(
                        "Kommunekoden er ikke gyldig.", "Det kan ikke lade sig gøre efter reglerne for programmet.");
    }

    @Test
    void aConflictOfStateSaysWhatStoodInTheWayAtTheFieldThePageNames() {
        BindingResult atField = form();
        errors.reject(
                new ApiProblem(409, "conflict", null, null, "NETWORK_BOOKED", List.of()),
                atField,
                Map.of("NETWORK_BOOKED", "role"));
        assertThat(atField.getFieldError("role").getDefaultMessage()).contains("allerede et møde den dag");
        assertThat(messages.getMessage(atField.getFieldError("role"), Locale.forLanguageTag("da-DK")))
                .as("as the page resolves it: by its code first")
                .contains("allerede et møde den dag");

        BindingResult above = form();
        errors.reject(new ApiProblem(409, "conflict", null, null, "SOMETHING_ELSE", List.of()), above);
        assertThat(above.getGlobalError().getDefaultMessage()).contains("som tingene står nu");
    }

    @Test
    void aListTheFormEntersInOneFieldTakesTheErrorsOfItsEntries() {
        BindingResult form = new BeanPropertyBindingResult(new Lines(), "form");
        errors.reject(problem(400, null, new ApiProblem.FieldError("focusAreas[2]", "must not be blank")), form);

        assertThat(form.getFieldError("focusAreas")).isNotNull();
    }

    public static class Lines {
        private String focusAreas = "a\nb";

        public String getFocusAreas() {
            return focusAreas;
        }

        public void setFocusAreas(String focusAreas) {
            this.focusAreas = focusAreas;
        }
    }

    @Test
    void whatNoFormCanCorrectIsLeftToTheErrorPages() {
        BindingResult form = form();

        assertThat(errors.reject(problem(404, null), form)).isFalse();
        assertThat(errors.reject(problem(503, null), form)).isFalse();
        assertThat(form.hasErrors()).isFalse();
        assertThat(errors.message(problem(404, null))).isNull();
    }

    private static BindingResult form() {
        return new BeanPropertyBindingResult(new Form(), "form");
    }

    private static ApiProblem problem(int status, String rule, ApiProblem.FieldError... fields) {
        return new ApiProblem(status, status == 400 ? "invalid-request" : "x", null, rule, null, List.of(fields));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}

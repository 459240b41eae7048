package dk.kl.partnerships.kit.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.security.ProblemJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

class ProblemDetailsAdviceTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ProblemController())
            .setControllerAdvice(new ProblemDetailsAdvice())
            .build();

    @Test
    void validationErrorsNameEveryInvalidField() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"price\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemJson.TYPE_BASE + "invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "price", "quantity")))
                .andExpect(jsonPath("$.detail", containsString("name")));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws Exception {
        mvc.perform(post("/things")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\",\"price\":\"lots\",\"quantity\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("price"));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unreadable request body"));
    }

    @Test
    void domainErrorsMapToTheirStatus() throws Exception {
        mvc.perform(get("/things/missing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Thing missing was not found"));
        mvc.perform(get("/things/conflict"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentState").value("JOINED"));
        mvc.perform(get("/things/late"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("deadline-passed"));
        mvc.perform(get("/things/field"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("focusAreas[1]"));
        mvc.perform(get("/things/raced"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(ProblemJson.TYPE_BASE + "concurrent-change"));
    }

    @Test
    void unexpectedErrorsRevealNothingInternal() throws Exception {
        mvc.perform(get("/things/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at dk.kl"))));
    }

    @Test
    void unsupportedMethodsAreProblemsToo() throws Exception {
        mvc.perform(post("/things/missing"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemJson.TYPE_BASE + "http-405"));
    }

    @RestController
    static class ProblemController {

        record NewThing(
                @NotBlank String name,
                @NotNull @Positive BigDecimal price,
                @NotNull Integer quantity) {}

        @PostMapping("/things")
        NewThing create(@Valid @RequestBody NewThing thing) {
            return thing;
        }

        @GetMapping("/things/{id}")
        String read(@PathVariable String id) {
            switch (id) {
                case "conflict" -> throw new ConflictException("Already joined", "JOINED");
                case "late" -> throw new RuleViolationException("deadline-passed", "The deadline has passed");
                case "field" ->
                    throw new InvalidFieldException(List.of(new InvalidFieldException.FieldProblem(
                            "focusAreas[1]", "is not offered by the programme")));
                case "raced" -> throw new OptimisticLockingFailureException("raced");
                case "boom" -> throw new IllegalStateException("secret connection string mongodb://user:pw@host");
                default -> throw new NotFoundException("Thing", id);
            }
        }
    }
}

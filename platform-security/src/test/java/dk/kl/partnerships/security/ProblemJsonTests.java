package dk.kl.partnerships.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemJsonTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesTheProblemMembersAsValidJsonWhateverTheText() {
        String detail = "Feltet \"navn\" er tomt\\ \n\ttjek\u0001 æøå";

        JsonNode problem = JSON.readTree(new String(
                ProblemJson.write("invalid-field", "Ugyldigt felt", 400, detail, "/api/enrolments/\"1\""),
                StandardCharsets.UTF_8));

        assertThat(problem.get("type").asString()).isEqualTo("https://partnerships.kl.dk/problems/invalid-field");
        assertThat(problem.get("title").asString()).isEqualTo("Ugyldigt felt");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/enrolments/\"1\"");
    }

    @Test
    void leavesOutAnUnknownInstance() {
        JsonNode problem = JSON.readTree(ProblemJson.write("conflict", "Conflict", 409, "Again", null));

        assertThat(problem.has("instance")).isFalse();
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail");
    }
}

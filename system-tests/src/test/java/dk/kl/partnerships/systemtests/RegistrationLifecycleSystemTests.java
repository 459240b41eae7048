package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole enrolment lifecycle over HTTP, and every event it publishes, in order per municipality. */
class RegistrationLifecycleSystemTests {

    static Platform platform;
    static Client client;
    static Scenario scenario;

    @BeforeAll
    static void usePlatform() {
        platform = Platform.everything();
        client = new Client(platform);
        scenario = new Scenario(client);
    }

    @Test
    void municipalitiesGoFromInterestToWithdrawalOrCompletionAndEveryStepIsPublishedInOrder() {
        String kl = scenario.klToken();
        String programme = scenario.publishedProgramme("PARTNERSHIP", "110000.00");
        List<String> joiners = List.of("240", "329", "187", "167");
        List<String> enrolments = new ArrayList<>();
        for (String code : joiners) {
            enrolments.add(scenario.interested(programme, code));
        }
        String leaver = enrolments.get(0);
        String vejle = client.token("MUNICIPALITY", "240");

        client.post(
                        Platform.REGISTRATION,
                        "/api/enrolments/" + leaver + "/alignment",
                        kl,
                        Map.of(
                                "contactedOn",
                                LocalDate.now(BusinessTime.ZONE).toString(),
                                "note",
                                "Expectations aligned"))
                .expect(200);
        for (int i = 0; i < joiners.size(); i++) {
            scenario.approve(enrolments.get(i), joiners.get(i)).expect(200);
        }
        String participants = "/api/enrolments/" + leaver + "/participants";
        String first = client.post(
                        Platform.REGISTRATION,
                        participants,
                        vejle,
                        Map.of("name", "Anne Leder", "email", "anne@egedal.dk", "role", "INSTITUTION_LEADER"))
                .expect(201)
                .json()
                .get("id")
                .asString();
        client.put(
                        Platform.REGISTRATION,
                        participants + "/" + first,
                        vejle,
                        Map.of("name", "Bent Leder", "email", "bent@egedal.dk", "role", "SCHOOL_LEADER"))
                .expect(200);
        client.post(
                        Platform.REGISTRATION,
                        "/api/enrolments/" + leaver + "/withdrawal",
                        vejle,
                        Map.of("reason", "Council reprioritised"))
                .expect(200);

        JsonNode proposal = client.post(
                        Platform.REGISTRATION, "/api/programmes/" + programme + "/network-proposals", kl, Map.of())
                .expect(200)
                .json();
        List<String> members = new ArrayList<>();
        proposal.get("networks")
                .forEach(n -> n.get("members")
                        .forEach(m -> members.add(m.get("municipalityCode").asString())));
        assertThat(members).containsExactlyInAnyOrder("329", "187", "167");
        client.post(
                        Platform.REGISTRATION,
                        "/api/programmes/" + programme + "/networks",
                        kl,
                        Map.of(
                                "networks",
                                List.of(Map.of(
                                        "name", "Netværk Sjælland og Hovedstaden", "municipalityCodes", members))))
                .expect(201);
        client.post(Platform.REGISTRATION, "/api/programmes/" + programme + "/completion", kl, Map.of())
                .expect(200);

        try (EventLog events = new EventLog(
                platform.kafka(),
                Topic.PROGRAMMES.topicName(),
                Topic.ENROLMENTS.topicName(),
                Topic.NETWORKS.topicName())) {
            List<EventLog.Event> egedal = events.await(
                    e -> "240".equals(e.key()) && e.payload().contains(programme), 6, Duration.ofSeconds(60));
            assertThat(egedal)
                    .extracting(EventLog.Event::type)
                    .containsExactly(
                            type("InterestDeclared"),
                            type("MunicipalityJoined"),
                            type("ParticipantRegistered"),
                            type("ParticipantRemoved"),
                            type("ParticipantRegistered"),
                            type("MunicipalityWithdrew"));
            for (String code : joiners.subList(1, joiners.size())) {
                assertThat(events.await(
                                e -> code.equals(e.key()) && e.payload().contains(programme),
                                2,
                                Duration.ofSeconds(30)))
                        .extracting(EventLog.Event::type)
                        .containsExactly(type("InterestDeclared"), type("MunicipalityJoined"));
            }
            assertThat(events.await(
                            e -> programme.equals(e.key()) && e.topic().equals(Topic.PROGRAMMES.topicName()),
                            2,
                            Duration.ofSeconds(30)))
                    .extracting(EventLog.Event::type)
                    .containsExactly(type("ProgrammePublished"), type("ProgrammeCompleted"));
            assertThat(events.await(
                            e -> programme.equals(e.key()) && e.topic().equals(Topic.NETWORKS.topicName()),
                            1,
                            Duration.ofSeconds(30)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.payload())
                            .contains("329", "187", "167")
                            .doesNotContain("\"240\""));
        }
        assertThat(awaitState(enrolments.get(1), kl, "COMPLETED")).isEqualTo("COMPLETED");
        assertThat(client.get(Platform.REGISTRATION, "/api/enrolments/" + leaver, kl)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("WITHDRAWN");
    }

    private static String awaitState(String enrolment, String token, String expected) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> client.get(Platform.REGISTRATION, "/api/enrolments/" + enrolment, token)
                                .json()
                                .get("state")
                                .asString(),
                        expected::equals);
    }

    private static String type(String event) {
        return "dk.kl.partnerships.registration." + event + ".v1";
    }
}

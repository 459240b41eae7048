package dk.kl.partnerships.registration.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityContactsChanged;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ContactsIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void theMunicipalityAndKlKeepItsContactsAndEachChangeIsAnnounced() {
        ApiClient api = ApiClient.onPort(port);
        try (KafkaProbe events = KafkaProbe.reading(kafka, Topic.MUNICIPALITIES.topicName())) {
            Response changed = api.put(
                    "/api/municipalities/630/contacts",
                    TestTokens.municipality("630"),
                    Map.of(
                            "coordinator", Map.of("name", "Mette Holm", "email", "mette.holm@vejle.dk"),
                            "directorsOffice", Map.of("name", "Direktionen", "email", "direktion@vejle.dk")));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().at("/contacts/coordinator/email").asString())
                    .isEqualTo("mette.holm@vejle.dk");

            Response byKl = api.put(
                    "/api/municipalities/630/contacts",
                    TestTokens.klAdmin(),
                    Map.of(
                            "coordinator", Map.of("name", "Mette Holm", "email", "mette.holm@vejle.dk"),
                            "invoiceContact", Map.of("name", "Bogholderiet", "email", "faktura@vejle.dk")));
            assertThat(byKl.status()).as(byKl.body()).isEqualTo(200);

            List<ConsumerRecord<String, byte[]>> announced =
                    events.await(r -> "630".equals(r.key()), 2, Duration.ofSeconds(20));
            assertThat(announced).hasSize(2);
            MunicipalityContactsChanged latest =
                    new EventJson().read(announced.get(1).value(), MunicipalityContactsChanged.class);
            assertThat(latest.municipalityName()).isEqualTo("Vejle");
            assertThat(latest.coordinator().email()).isEqualTo("mette.holm@vejle.dk");
            assertThat(latest.directorsOffice()).isNull();
            assertThat(latest.invoiceContact().email()).isEqualTo("faktura@vejle.dk");

            var hidden = api.get("/api/municipalities/630", TestTokens.municipality("461"))
                    .json()
                    .path("contacts");
            assertThat(hidden.isNull() || hidden.isMissingNode())
                    .as("another municipality's contacts")
                    .isTrue();
            var asFinance =
                    api.get("/api/municipalities/630", TestTokens.finance()).json();
            assertThat(asFinance.path("contacts").isNull()
                            || asFinance.path("contacts").isMissingNode())
                    .as("finance sees the billing profile, never people's addresses")
                    .isTrue();
            assertThat(asFinance.toString()).doesNotContain("@vejle.dk");
            assertThat(api.put(
                                    "/api/municipalities/630/contacts",
                                    TestTokens.municipality("461"),
                                    Map.of("coordinator", Map.of("name", "X", "email", "x@odense.dk")))
                            .status())
                    .isEqualTo(404);

            Response invalid = api.put(
                    "/api/municipalities/630/contacts",
                    TestTokens.municipality("630"),
                    Map.of("coordinator", Map.of("name", "Mette Holm", "email", "mette.holm(at)vejle.dk")));
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.contentType()).startsWith("application/problem+json");
            assertThat(invalid.body()).contains("coordinator.email");
            assertThat(events.drain(r -> "630".equals(r.key()), Duration.ofSeconds(2)))
                    .hasSize(2);
            assertThat(api.get("/api/municipalities/630", TestTokens.klAdmin())
                            .json()
                            .at("/contacts/invoiceContact/email")
                            .asString())
                    .isEqualTo("faktura@vejle.dk");
        }
    }
}

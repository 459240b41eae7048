package dk.kl.partnerships.registration.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.BillingProfileChanged;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.registration.RegistrationFixtures;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class BillingProfileIntegrationTests {

    private static final String CODE = "167";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void eachBillingProfileChangeIsAnnouncedWholeSoThatLaterInvoicesGoToIt() {
        ApiClient api = ApiClient.onPort(port);
        try (KafkaProbe events = KafkaProbe.reading(kafka, Topic.MUNICIPALITIES.topicName())) {
            Response first = api.put(
                    "/api/municipalities/" + CODE + "/billing-profile",
                    TestTokens.municipality(CODE),
                    RegistrationFixtures.billingProfile(RegistrationFixtures.EAN));
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            Response changed = api.put(
                    "/api/municipalities/" + CODE + "/billing-profile",
                    TestTokens.klAdmin(),
                    Map.of(
                            "cvr",
                            RegistrationFixtures.CVR,
                            "eans",
                            List.of("5798000012356", RegistrationFixtures.EAN),
                            "buyerReference",
                            "BUV-4712",
                            "address",
                            Map.of("street", "Hvidovrevej 278", "postalCode", "2650", "city", "Hvidovre"),
                            "orderReference",
                            "PO-2026-118",
                            "accountingCost",
                            "4.1.2.3-1234567"));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.body()).contains("\"orderReference\":\"PO-2026-118\"");
            Response tooLong = api.put(
                    "/api/municipalities/" + CODE + "/billing-profile",
                    TestTokens.municipality(CODE),
                    Map.of(
                            "cvr",
                            RegistrationFixtures.CVR,
                            "eans",
                            List.of(RegistrationFixtures.EAN),
                            "buyerReference",
                            "BUV-4712",
                            "address",
                            Map.of("street", "Hvidovrevej 278", "postalCode", "2650", "city", "Hvidovre"),
                            "accountingCost",
                            "4".repeat(101)));
            assertThat(tooLong.status()).isEqualTo(400);
            assertThat(tooLong.body()).contains("accountingCost");
            Response invalid = api.put(
                    "/api/municipalities/" + CODE + "/billing-profile",
                    TestTokens.municipality(CODE),
                    RegistrationFixtures.billingProfile("5798000012340"));
            assertThat(invalid.status()).isEqualTo(400);

            List<ConsumerRecord<String, byte[]>> announced = events.await(
                    r -> CODE.equals(r.key())
                            && KafkaProbe.ofType(EventType.BILLING_PROFILE_CHANGED)
                                    .test(r),
                    2,
                    Duration.ofSeconds(20));
            assertThat(announced).hasSize(2);
            BillingProfileChanged latest = new EventJson().read(announced.get(1).value(), BillingProfileChanged.class);
            assertThat(latest.municipalityCode()).isEqualTo(CODE);
            assertThat(latest.billing().ean())
                    .as("invoices go to the first EAN")
                    .isEqualTo("5798000012356");
            assertThat(latest.billing().buyerReference()).isEqualTo("BUV-4712");
            assertThat(latest.billing().address().street()).isEqualTo("Hvidovrevej 278");
            assertThat(latest.billing().orderReference()).isEqualTo("PO-2026-118");
            assertThat(latest.billing().accountingCost()).isEqualTo("4.1.2.3-1234567");
            assertThat(latest.changedAt()).isNotNull();
            assertThat(events.drain(r -> CODE.equals(r.key()), Duration.ofSeconds(2)))
                    .as("the refused profiles are not announced")
                    .hasSize(2);
        }
    }
}

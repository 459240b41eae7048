package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Service;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Anyone who can produce to Kafka tries to make the platform act on events its publisher never sent:
 * a municipality's joining, to have billing invoice it with an EAN of their choosing. Each kind of
 * forgery — no subject, a subject that is not the record key, a record key that is not the payload's
 * municipality, a source that is not the event's publisher — is dead-lettered by every service that
 * consumes joinings, with the reason, and has no effect anywhere; the well-formed joining sent beside
 * them is invoiced as always.
 */
class ForgedEventsSystemTests {

    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The attacker's EAN (a valid one, so nothing but its provenance gives the forgery away). */
    private static final String ATTACKER_EAN = "5790000000005";

    private static final String VICTIM = "147";
    private static final String OTHER = "153";
    private static final String GENUINE = "159";

    static Platform platform;
    static Client client;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.everything();
        client = new Client(platform);
    }

    @Test
    void forgedJoiningsAreDeadLetteredWithTheirReasonAndInvoiceNothingWhileAGenuineOneIsInvoiced() {
        ProgrammePublished programme = EventPublisher.programme(ProgrammeKind.NETWORK);
        MunicipalityJoined genuine = EventPublisher.joined(programme, GENUINE);
        String registration = EventType.MUNICIPALITY_JOINED.ceSource();
        // every consumer of joinings; registration reads the topic too, but only for its own withdrawals
        List<String> consumers = Topic.ENROLMENTS.consumers().stream()
                .filter(service -> service != EventType.MUNICIPALITY_JOINED.publisher())
                .map(Service::applicationName)
                .toList();
        double deadLetteredByBilling = deadLettered(Platform.BILLING);

        Map<String, String> forgeries = new LinkedHashMap<>();
        List<String> forgedEnrolments;
        try (EventPublisher publisher = new EventPublisher(platform.kafka());
                EventLog deadLetters = new EventLog(
                        platform.kafka(),
                        consumers.stream()
                                .map(Topic.ENROLMENTS::deadLetterTopic)
                                .toArray(String[]::new));
                EventLog effects = new EventLog(
                        platform.kafka(), Topic.INVOICES.topicName(), Topic.SELF_EVALUATIONS.topicName())) {
            publisher.publish(programme);
            MunicipalityJoined noSubject = forged(programme);
            MunicipalityJoined subjectNotKey = forged(programme);
            MunicipalityJoined keyNotPayload = forged(programme);
            MunicipalityJoined wrongSource = forged(programme);
            forgedEnrolments = List.of(
                    noSubject.enrolmentId(),
                    subjectNotKey.enrolmentId(),
                    keyNotPayload.enrolmentId(),
                    wrongSource.enrolmentId());
            forgeries.put(publisher.forge(noSubject, VICTIM, null, registration), "has no ce_subject header");
            forgeries.put(
                    publisher.forge(subjectNotKey, VICTIM, OTHER, registration),
                    "has the ce_subject " + OTHER + " but the record key " + VICTIM);
            forgeries.put(
                    publisher.forge(keyNotPayload, OTHER, OTHER, registration),
                    "has the record key " + OTHER + " but its payload's municipalityCode is " + VICTIM);
            forgeries.put(
                    publisher.forge(wrongSource, VICTIM, VICTIM, "/billing-service"),
                    "has the ce_source /billing-service, but MunicipalityJoined is published by "
                            + "/registration-service");
            publisher.publish(genuine);

            for (String consumer : consumers) {
                String deadLetterTopic = Topic.ENROLMENTS.deadLetterTopic(consumer);
                List<EventLog.Event> refused = deadLetters.await(
                        e -> e.topic().equals(deadLetterTopic) && forgeries.containsKey(e.id()),
                        forgeries.size(),
                        EVENTUALLY);
                assertThat(refused).as("dead-lettered by %s", consumer).hasSize(forgeries.size());
                for (EventLog.Event deadLetter : refused) {
                    assertThat(deadLetter.header("x-exception-message"))
                            .as("%s's reason for %s", consumer, deadLetter.id())
                            .contains(forgeries.get(deadLetter.id()));
                }
            }

            assertThat(effects.await(
                            e -> e.is("InvoiceIssued") && e.payload().contains(genuine.enrolmentId()), 1, EVENTUALLY))
                    .as("the genuine joining's invoice")
                    .singleElement()
                    .satisfies(invoice -> assertThat(invoice.payload())
                            .contains(genuine.billing().ean()));
            assertThat(effects.await(
                            e -> e.is("SelfEvaluationRequested") && e.payload().contains(genuine.enrolmentId()),
                            1,
                            EVENTUALLY))
                    .as("the genuine joining's self-evaluation")
                    .hasSize(1);
            assertThat(effects.settle(
                            e -> e.payload().contains(ATTACKER_EAN)
                                    || forgedEnrolments.stream().anyMatch(e.payload()::contains),
                            Duration.ofSeconds(5)))
                    .as("invoices or self-evaluations caused by a forgery")
                    .isEmpty();
        }
        assertThat(client.get(
                                Platform.BILLING,
                                "/api/invoices?size=200&municipalityCode=" + VICTIM,
                                client.token("FINANCE", null))
                        .expect(200)
                        .body())
                .doesNotContain(ATTACKER_EAN)
                .doesNotContain(forgedEnrolments.get(0))
                .doesNotContain(forgedEnrolments.get(1))
                .doesNotContain(forgedEnrolments.get(2))
                .doesNotContain(forgedEnrolments.get(3));
        assertThat(deadLettered(Platform.BILLING))
                .as("billing's dead-letter count")
                .isGreaterThanOrEqualTo(deadLetteredByBilling + forgeries.size());
    }

    /** The victim municipality joining the programme, billed to the attacker's EAN. */
    private static MunicipalityJoined forged(ProgrammePublished programme) {
        MunicipalityJoined joined = EventPublisher.joined(programme, VICTIM);
        return new MunicipalityJoined(
                UUID.randomUUID().toString(),
                joined.programmeId(),
                joined.municipalityCode(),
                joined.municipalityName(),
                joined.joinedOn(),
                joined.councilDecision(),
                new BillingDetails(
                        ATTACKER_EAN,
                        joined.billing().cvr(),
                        joined.billing().buyerReference(),
                        new PostalAddress("Postboks 1", "1000", "København K", "DK"),
                        null,
                        null));
    }

    /** The service's records dead-lettered from the enrolment topic so far, over all its instances. */
    private static double deadLettered(String service) {
        String topic = "topic=\"" + Topic.ENROLMENTS.topicName() + "\"";
        return platform.instances(service).stream()
                .flatMap(instance -> metrics(instance).lines())
                .filter(line -> line.startsWith("partnerships_events_dead_lettered_total{") && line.contains(topic))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String metrics(String instance) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(
                                            URI.create(platform.managementUrl(instance) + "/actuator/prometheus"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException("No metrics from " + instance, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

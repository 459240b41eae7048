package dk.kl.partnerships.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.meeting.registration.Rostering;
import dk.kl.partnerships.security.test.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registration's events as the meeting service receives them, published to the real broker, and
 * meetings as KL plans them over HTTP.
 */
public final class MeetingFixtures {

    private static final Duration KNOWN_WITHIN = Duration.ofSeconds(30);

    private final String kafka;
    private final Rostering knowledge;
    private final ApiClient api;
    private final Clock clock;

    public MeetingFixtures(String kafka, Rostering knowledge, ApiClient api, Clock clock) {
        this.kafka = kafka;
        this.knowledge = knowledge;
        this.api = api;
        this.clock = clock;
    }

    /** A partnership under way since the first of this month, known to the service. */
    public ProgrammePublished programme() {
        ProgrammePublished programme =
                RegistrationEvents.partnership(LocalDate.now(clock).withDayOfMonth(1));
        KafkaProbe.publish(kafka, programme);
        await().atMost(KNOWN_WITHIN)
                .ignoreExceptions()
                .until(() -> knowledge.programme(programme.programmeId()) != null);
        return programme;
    }

    public MunicipalityJoined joined(ProgrammePublished programme, String municipalityCode) {
        MunicipalityJoined joined = RegistrationEvents.joined(programme, municipalityCode, LocalDate.now(clock));
        KafkaProbe.publish(kafka, joined);
        return joined;
    }

    public ParticipantRegistered registered(MunicipalityJoined joined, ParticipantRole role) {
        ParticipantRegistered participant = RegistrationEvents.participant(joined, role);
        KafkaProbe.publish(kafka, participant);
        return participant;
    }

    /** Waits until the service knows the participant as one its municipality may send. */
    public void awaitKnown(List<ParticipantRegistered> participants) {
        for (ParticipantRegistered participant : participants) {
            await().atMost(KNOWN_WITHIN)
                    .until(() -> knowledge
                            .rosterOf(participant.participantId(), participant.programmeId(), false)
                            .isPresent());
        }
    }

    public NetworkFormed network(ProgrammePublished programme, List<String> municipalityCodes) {
        NetworkFormed network = RegistrationEvents.networkFormed(programme, municipalityCodes);
        KafkaProbe.publish(kafka, network);
        await().atMost(KNOWN_WITHIN).ignoreExceptions().until(() -> knowledge.network(network.networkId()) != null);
        return network;
    }

    /** A programme with one network of the municipalities, each with {@code perMunicipality} staff participants. */
    public World world(List<String> municipalityCodes, int perMunicipality) {
        ProgrammePublished programme = programme();
        Map<String, MunicipalityJoined> joinings = new LinkedHashMap<>();
        Map<String, List<ParticipantRegistered>> participants = new LinkedHashMap<>();
        List<ParticipantRegistered> all = new ArrayList<>();
        for (String code : municipalityCodes) {
            MunicipalityJoined joined = joined(programme, code);
            joinings.put(code, joined);
            List<ParticipantRegistered> own = new ArrayList<>();
            for (int i = 0; i < perMunicipality; i++) {
                own.add(registered(joined, ParticipantRole.INSTITUTION_LEADER));
            }
            participants.put(code, own);
            all.addAll(own);
        }
        NetworkFormed network = network(programme, municipalityCodes);
        awaitKnown(all);
        return new World(programme, network, joinings, participants);
    }

    /** A meeting request as KL's planner sends it. */
    public static Map<String, Object> meeting(
            String programmeId, String networkId, String kind, LocalDateTime startsAt, String venueName, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programmeId);
        body.put("networkId", networkId);
        body.put("kind", kind);
        body.put("title", "Temadag om faglig ledelse");
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plusHours(6).toString());
        body.put(
                "venue", Map.of("name", venueName, "address", "Rådhustorvet 1, 7100 Vejle", "municipalityCode", "630"));
        body.put("capacity", capacity);
        body.put(
                "agenda",
                List.of(
                        Map.of("time", "09:30", "title", "Velkomst", "speaker", "KL"),
                        Map.of("time", "10:00", "title", "Oplæg om faglig ledelse")));
        return body;
    }

    public String schedule(Map<String, Object> request) {
        Response response = api.post("/api/meetings", TestTokens.klAdmin(), request);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    public Response signUp(String meetingId, ParticipantRegistered participant) {
        return api.post(
                "/api/meetings/" + meetingId + "/sign-ups",
                TestTokens.municipality(participant.municipalityCode()),
                Map.of("participantId", participant.participantId()));
    }

    public static String venue() {
        return "Mødecenter " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A programme, its network and the participants each municipality named. */
    public record World(
            ProgrammePublished programme,
            NetworkFormed network,
            Map<String, MunicipalityJoined> joinings,
            Map<String, List<ParticipantRegistered>> participants) {

        public MunicipalityJoined joined(String municipalityCode) {
            return joinings.get(municipalityCode);
        }

        public String programmeId() {
            return programme.programmeId();
        }

        public String networkId() {
            return network.networkId();
        }

        public ParticipantRegistered participant(String municipalityCode, int index) {
            return participants.get(municipalityCode).get(index);
        }

        public List<ParticipantRegistered> all() {
            return participants.values().stream().flatMap(List::stream).toList();
        }
    }
}

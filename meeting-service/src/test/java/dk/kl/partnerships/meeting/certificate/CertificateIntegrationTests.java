package dk.kl.partnerships.meeting.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.kit.test.ApiClient.Response;
import dk.kl.partnerships.meeting.MeetingFixtures;
import dk.kl.partnerships.meeting.MeetingFixtures.World;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import dk.kl.partnerships.security.test.TestTokens;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A participant who came to four of their network's five theme days gets a certificate, one who came
 * to three does not (until a corrected attendance gives them a fourth); the certificate is their own coordinator's and KL's to download, nobody else's.
 */
class CertificateIntegrationTests extends MeetingIntegrationTest {

    @Test
    void fourThemeDaysOfFiveEarnACertificateForTheCoordinatorAndKlOnly() throws IOException {
        World world = fixtures.world(List.of("306", "316"), 2);
        ParticipantRegistered regular = world.participant("306", 0);
        ParticipantRegistered occasional = world.participant("306", 1);
        ParticipantRegistered neighbour = world.participant("316", 0);
        LocalDate first = LocalDate.now(clock).plusWeeks(2);
        List<String> days = new ArrayList<>();
        List<LocalDateTime> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LocalDateTime start = first.plusWeeks(2L * i).atTime(9, 30);
            Map<String, Object> request = MeetingFixtures.meeting(
                    world.programmeId(), world.networkId(), "THEME_DAY", start, MeetingFixtures.venue(), 20);
            request.put("title", "Temadag " + (i + 1) + " om faglig ledelse");
            String day = fixtures.schedule(request);
            for (ParticipantRegistered participant : List.of(regular, occasional, neighbour)) {
                assertThat(fixtures.signUp(day, participant).status()).isEqualTo(201);
            }
            days.add(day);
            starts.add(start);
        }
        String certificate =
                "/api/programmes/" + world.programmeId() + "/participants/" + regular.participantId() + "/certificate";
        assertThat(api.get(certificate, TestTokens.municipality("306")).status())
                .as("no theme day held yet")
                .isEqualTo(404);

        for (int i = 0; i < 5; i++) {
            List<String> came = new ArrayList<>(List.of(neighbour.participantId()));
            if (i != 2) {
                came.add(regular.participantId());
            }
            if (i < 3) {
                came.add(occasional.participantId());
            }
            clock.setTo(starts.get(i).plusHours(7).atZone(COPENHAGEN).toInstant());
            Response held = api.post(
                    "/api/meetings/" + days.get(i) + "/attendance",
                    TestTokens.klAdmin(),
                    Map.of("participantIds", came));
            assertThat(held.status()).as(held.body()).isEqualTo(200);
        }

        String text = text(api.bytes(certificate, TestTokens.municipality("306")));
        assertThat(text)
                .contains("Deltagerbevis", regular.name(), "har deltaget i", "4 af netværkets 5 temadage")
                .contains("Temadag 1 om faglig ledelse", "Temadag 5 om faglig ledelse")
                .doesNotContain("Temadag 3 om faglig ledelse");
        assertThat(text(api.bytes(certificate, TestTokens.klAdmin()))).contains(regular.name());

        Response tooFew = api.get(
                "/api/programmes/" + world.programmeId() + "/participants/" + occasional.participantId()
                        + "/certificate",
                TestTokens.municipality("306"));
        assertThat(tooFew.status()).isEqualTo(422);
        assertThat(tooFew.json().get("type").asString()).endsWith("too-few-theme-days");

        Response corrected = api.post(
                "/api/meetings/" + days.get(3) + "/attendance-corrections",
                TestTokens.klAdmin(),
                Map.of(
                        "participantIds",
                        List.of(neighbour.participantId(), regular.participantId(), occasional.participantId()),
                        "reason",
                        "Signed the list of the fourth theme day late"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(text(api.bytes(
                        "/api/programmes/" + world.programmeId() + "/participants/" + occasional.participantId()
                                + "/certificate",
                        TestTokens.municipality("306"))))
                .as("the certificate counts the corrected attendance")
                .contains(occasional.name(), "4 af netværkets 5 temadage", "Temadag 4 om faglig ledelse");
        assertThat(api.get(certificate, TestTokens.municipality("316")).status())
                .as("another municipality's participant does not exist for its coordinator")
                .isEqualTo(404);
        assertThat(api.get(certificate, TestTokens.finance()).status()).isEqualTo(403);
        assertThat(api.get(certificate, null).status()).isEqualTo(401);
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

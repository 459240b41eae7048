package dk.kl.partnerships.notification.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.registration.InterestDeclared;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.notification.Inbox;
import dk.kl.partnerships.notification.NotificationIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationIntegrationTests extends NotificationIntegrationTest {

    @Test
    void publishedProgrammeInvitesEveryMunicipalitysCoordinatorAndDirectorOnceEvenWhenDeliveredAgain() {
        String vejleCoordinator = address("koordinator", "630");
        String vejleDirector = address("direktion", "630");
        String odenseCoordinator = address("koordinator", "461");
        knownContacts(contacts("630", "Vejle", vejleCoordinator, vejleDirector, null));
        knownContacts(contacts("461", "Odense", odenseCoordinator, null, null));
        ProgrammePublished programme = programme(LocalDate.now(COPENHAGEN).plusDays(20));
        String eventId = UUID.randomUUID().toString();

        publish(programme, eventId);
        publish(programme, eventId);
        publish(programme);

        List<Inbox.Received> vejle = Inbox.await(vejleCoordinator, 1);
        Inbox.await(vejleDirector, 1);
        Inbox.await(odenseCoordinator, 1);
        Inbox.Received invitation = vejle.get(0);
        assertThat(invitation.subject()).isEqualTo("Invitation: " + programme.title());
        assertThat(invitation.text())
                .contains("KL inviterer Vejle Kommune til at deltage i " + programme.title())
                .contains("uanset om I ønsker at deltage eller ej")
                .contains("Giv os besked senest " + danish(programme.interestDeadline()))
                .contains("https://partnerskaber.kl.dk/programmer/" + programme.programmeId())
                .doesNotContain("Frabed");
        assertThat(invitation.html())
                .contains("<strong>Giv os besked senest <span>" + danish(programme.interestDeadline()) + "</span>")
                .contains("href=\"https://partnerskaber.kl.dk/programmer/" + programme.programmeId() + "\"");
        assertThat(invitation.header("Message-ID")).endsWith("@partnerships.kl.dk>");
        assertThat(invitation.header("List-Unsubscribe")).isNull();

        settle();
        assertThat(Inbox.to(vejleCoordinator)).hasSize(1);
        assertThat(Inbox.to(vejleDirector)).hasSize(1);
        assertThat(Inbox.to(odenseCoordinator)).hasSize(1);
    }

    @Test
    void nonRespondentsAreRemindedAtMostTwiceAndThoseWhoAnsweredNever() {
        String answers = address("koordinator", "615");
        String silent = address("koordinator", "607");
        knownContacts(contacts("615", "Horsens", answers, null, null));
        knownContacts(contacts("607", "Fredericia", silent, null, null));
        LocalDate deadline = LocalDate.now(COPENHAGEN).plusDays(20);
        ProgrammePublished programme = programme(deadline);
        publish(programme);
        Inbox.await(answers, 1);
        Inbox.await(silent, 1);
        publish(new InterestDeclared(
                UUID.randomUUID().toString(),
                programme.programmeId(),
                "615",
                "Horsens",
                false,
                List.of(),
                Instant.now(),
                false));
        settle();

        clock.advance(Period.ofDays(7)); // the reminder 14 days before the deadline
        List<Inbox.Received> reminded = Inbox.await(silent, 2);
        Inbox.Received reminder = reminded.get(1);
        assertThat(reminder.subject()).startsWith("Påmindelse: svar senest");
        assertThat(reminder.text())
                .contains("Vi mangler stadig Fredericia Kommunes svar")
                .contains("Frabed dig denne slags påmindelser");
        assertThat(reminder.header("List-Unsubscribe")).contains("/api/notifications/unsubscribe?token=");
        assertThat(reminder.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        clock.advance(Period.ofDays(11)); // 3 days before
        Inbox.await(silent, 3);
        clock.advance(Period.ofDays(5)); // past the deadline
        settle();
        assertThat(Inbox.to(silent)).hasSize(3);
        assertThat(Inbox.to(answers)).hasSize(1);
    }

    static ProgrammePublished programme(LocalDate interestDeadline) {
        ProgrammePublished template = RegistrationEvents.network(interestDeadline.plusMonths(3));
        return new ProgrammePublished(
                template.programmeId(),
                template.kind(),
                "Netværk om data i dagtilbud " + template.programmeId().substring(0, 4),
                template.theme(),
                template.startsOn(),
                template.endsOn(),
                template.price(),
                template.currency(),
                template.vatRate(),
                template.instalments(),
                template.focusAreas(),
                template.maxParticipants(),
                template.maxPoliticians(),
                interestDeadline,
                interestDeadline.plusDays(30),
                "dagtilbud");
    }

    static String danish(LocalDate date) {
        return date.format(
                java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("da")));
    }
}

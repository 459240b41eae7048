package dk.kl.partnerships.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.domain.BusinessTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LettersTests {

    static final MailSettings SETTINGS = new MailSettings(
            "KL Partnerskaber <partnerskaber@kl.dk>",
            "partnerskaber@kl.dk",
            "https://partnerskaber.kl.dk",
            "https://partnerskaber.kl.dk",
            Map.of(),
            "",
            "secret",
            5,
            8,
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            Duration.ofMinutes(5),
            20);

    private final Letters letters = new Letters(SETTINGS);

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyMessageHasADanishSubjectAPlainTextAndAnHtmlPartWithTheSignature(MailKind kind) {
        Letters.Rendered rendered = letters.render(kind.template(), model(kind));

        assertThat(rendered.subject()).isNotBlank().doesNotContain("${").doesNotContain("[(");
        assertThat(rendered.text()).startsWith("Kære Mette Holm").contains("Med venlig hilsen\nKL Partnerskaber");
        assertThat(rendered.html())
                .contains("<p>Kære <span>Mette Holm</span></p>")
                .contains("KL Partnerskaber");
        assertThat(rendered.text() + rendered.html()).doesNotContain("${").doesNotContain(" th:");
        if (kind.optional()) {
            assertThat(rendered.text()).contains("Frabed dig denne slags påmindelser:\nhttps://unsubscribe");
            assertThat(rendered.html()).contains("href=\"https://unsubscribe\"");
        } else {
            assertThat(rendered.text() + rendered.html()).doesNotContain("Frabed");
        }
    }

    @Test
    void datesAndAmountsAreWrittenTheDanishWay() {
        Letters.Rendered invoice = letters.render("invoice-issued", model(MailKind.INVOICE_ISSUED));

        assertThat(invoice.subject()).isEqualTo("Faktura 2027-000042 fra KL: Netværk om data i dagtilbud");
        assertThat(invoice.text())
                .contains("Deltagelse: 45.000,00 DKK")
                .contains("I alt: 56.250,00 DKK")
                .contains("Betales senest 31. maj 2027.")
                .contains("https://partnerskaber.kl.dk/fakturaer/i-1");
        Letters.Rendered meeting = letters.render("sign-up-confirmed", model(MailKind.SIGN_UP_CONFIRMED));
        assertThat(meeting.text()).contains("Tid: tirsdag 4. maj 2027 kl. 09.30–15.30");
    }

    @Test
    void aTemplateInTheConfiguredDirectoryReplacesTheBuiltInOne(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("invitation.txt"), "Emne: Ny tekst\n\nHej [(${recipient.name})]\n");
        java.nio.file.Files.writeString(dir.resolve("invitation.html"), "<p th:text=\"${recipient.name}\">x</p>");
        MailSettings custom = new MailSettings(
                SETTINGS.from(),
                SETTINGS.replyTo(),
                SETTINGS.webBaseUrl(),
                SETTINGS.publicBaseUrl(),
                Map.of(),
                dir.toString(),
                "secret",
                5,
                8,
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                20);

        Letters.Rendered rendered = new Letters(custom).render("invitation", model(MailKind.INVITATION));

        assertThat(rendered.subject()).isEqualTo("Ny tekst");
        assertThat(rendered.text()).isEqualTo("Hej Mette Holm\n");
        assertThat(new Letters(custom)
                        .render("meeting-reminder", model(MailKind.MEETING_REMINDER))
                        .subject())
                .startsWith("Påmindelse:");
    }

    static Map<String, Object> model(MailKind kind) {
        ZonedDateTime start = ZonedDateTime.of(2027, 5, 4, 9, 30, 0, 0, BusinessTime.ZONE);
        Map<String, Object> model = new HashMap<>();
        model.put("recipient", new Recipient("Mette Holm", "mette.holm@vejle.dk"));
        model.put("links", new Links(SETTINGS));
        model.put("unsubscribeUrl", kind.optional() ? "https://unsubscribe" : null);
        model.put("municipality", Map.of("code", "630", "name", "Vejle"));
        model.put(
                "programme",
                Map.of(
                        "id", "p-1",
                        "title", "Netværk om data i dagtilbud",
                        "startsOn", LocalDate.of(2027, 8, 1),
                        "endsOn", LocalDate.of(2028, 7, 31),
                        "interestDeadline", LocalDate.of(2027, 5, 5),
                        "approvalDeadline", LocalDate.of(2027, 6, 16)));
        model.put("participant", Map.of("name", "Mette Holm", "role", "INSTITUTION_LEADER"));
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("id", "m-1");
        meeting.put("title", "Temadag om faglig ledelse");
        meeting.put("start", start);
        meeting.put("end", start.plusHours(6));
        meeting.put("venue", "KL-Huset");
        meeting.put("address", "Weidekampsgade 10, 2300 København S");
        meeting.put("cancellationReason", "For få tilmeldte");
        model.put("meeting", meeting);
        model.put("hadSeat", true);
        model.put("waitingPosition", 2);
        model.put(
                "evaluation",
                Map.of("id", "e-1", "round", "BASELINE", "baseline", true, "dueOn", LocalDate.of(2027, 10, 1)));
        model.put("overdue", true);
        model.put("daysOverdue", 12);
        model.put(
                "invoice",
                Map.of(
                        "id",
                        "i-1",
                        "number",
                        "2027-000042",
                        "buyerReference",
                        "BUV-4711",
                        "issuedOn",
                        LocalDate.of(2027, 5, 1),
                        "dueOn",
                        LocalDate.of(2027, 5, 31),
                        "currency",
                        "DKK",
                        "lines",
                        List.of(Map.of(
                                "description",
                                "Deltagelse",
                                "quantity",
                                BigDecimal.ONE,
                                "net",
                                new BigDecimal("45000.00"))),
                        "net",
                        new BigDecimal("45000.00"),
                        "vat",
                        new BigDecimal("11250.00"),
                        "gross",
                        new BigDecimal("56250.00")));
        return model;
    }
}

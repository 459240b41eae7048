package dk.kl.partnerships.meeting.certificate;

import dk.kl.partnerships.kit.documents.PdfDocument;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** A certificate as a one-page PDF in Danish, signed off by KL. */
@Service
public class CertificatePrinting {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

    public byte[] print(Certificate certificate) {
        PdfDocument document = PdfDocument.titled("Deltagerbevis", "p.lead { font-size: 13pt; }")
                .markup("<p class='lead'>")
                .text(certificate.participantName() + ", " + certificate.municipalityName())
                .markup("</p>")
                .paragraph("har deltaget i " + certificate.programmeTitle() + " ("
                        + date(certificate.programmeStartsOn()) + " – " + date(certificate.programmeEndsOn())
                        + ") og været med på " + certificate.attended().size() + " af netværkets "
                        + certificate.themeDays() + " temadage:")
                .markup("<table class='lines'><thead><tr><th>Dato</th><th>Temadag</th></tr></thead><tbody>");
        for (Certificate.Day day : certificate.attended()) {
            document.markup("<tr><td>")
                    .text(date(day.heldOn()))
                    .markup("</td><td>")
                    .text(day.title())
                    .markup("</td></tr>");
        }
        return document.markup("</tbody></table>")
                .paragraph("Udstedt " + date(certificate.issuedOn()) + " af KL – Kommunernes Landsforening.")
                .pdf();
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }
}

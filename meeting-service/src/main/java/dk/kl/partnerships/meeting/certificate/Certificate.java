package dk.kl.partnerships.meeting.certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate states: who took part, for which municipality, in which programme, and the
 * theme days they came to of those their network held.
 *
 * @param attended  the theme days they came to, in the order they were held
 * @param themeDays how many theme days the networks they were signed up with have held
 */
public record Certificate(
        String participantName,
        String municipalityName,
        String programmeTitle,
        LocalDate programmeStartsOn,
        LocalDate programmeEndsOn,
        List<Day> attended,
        int themeDays,
        LocalDate issuedOn) {

    public Certificate {
        attended = List.copyOf(attended);
    }

    /** A theme day they came to. */
    public record Day(LocalDate heldOn, String title) {}
}

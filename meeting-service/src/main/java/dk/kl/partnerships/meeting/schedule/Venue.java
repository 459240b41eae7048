package dk.kl.partnerships.meeting.schedule;

import java.util.Locale;

/** Where a meeting takes place; {@code municipalityCode} is the host municipality, if any. */
public record Venue(String name, String address, String municipalityCode) {

    /** Two venues are the same place when name and address match, whatever the spelling's case or spacing. */
    public String key() {
        return normalise(name) + "|" + normalise(address);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

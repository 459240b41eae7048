package dk.kl.partnerships.meeting.schedule;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Someone who came to a meeting in place of a signed-up participant of a municipality, without being
 * signed up: they count as an attendee of that municipality. The id follows from the meeting and who
 * they are, so recording the same walk-in again is the same attendee.
 */
public record WalkIn(String id, String name, String email, String municipalityCode) {

    static WalkIn of(String meetingId, String name, String email, String municipalityCode) {
        String identity = meetingId + "/" + municipalityCode + "/" + name.trim().toLowerCase(Locale.ROOT) + "/"
                + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
        return new WalkIn(
                UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8))
                        .toString(),
                name.trim(),
                email == null || email.isBlank() ? null : email.trim(),
                municipalityCode);
    }
}

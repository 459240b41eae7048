package dk.kl.partnerships.meeting.calendar;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the iCalendar feeds.
 *
 * @param tokenSecret      signs new subscription URLs; at least 32 characters, set per environment
 *                         ({@code PARTNERSHIPS_CALENDAR_TOKEN_SECRET})
 * @param tokenKeyId       the id of {@code tokenSecret}, carried in every URL it signs
 *                         ({@code PARTNERSHIPS_CALENDAR_TOKEN_KEY_ID}); rotating the secret means a new
 *                         secret under a new id, with the old one moved to {@code retiredTokenKeys}
 * @param retiredTokenKeys earlier secrets by their key id: URLs they signed keep working until they
 *                         expire or the key is removed from here
 * @param feedLifetime     how long a subscription URL works after it is handed out
 * @param organizerName    who organises the meetings, as calendars show it
 * @param organizerEmail   where calendar applications send replies
 */
@ConfigurationProperties("partnerships.calendar")
record CalendarSettings(
        String tokenSecret,
        @DefaultValue("1") String tokenKeyId,
        Map<String, String> retiredTokenKeys,
        @DefaultValue("365d") Duration feedLifetime,
        String organizerName,
        String organizerEmail) {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int MINIMUM_SECRET_LENGTH = 32;

    public CalendarSettings {
        retiredTokenKeys = retiredTokenKeys == null ? Map.of() : Map.copyOf(retiredTokenKeys);
        if (tokenSecret == null || tokenSecret.length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalStateException(
                    "partnerships.calendar.token-secret must have at least " + MINIMUM_SECRET_LENGTH + " characters");
        }
        if (tokenKeyId == null || !KEY_ID.matcher(tokenKeyId).matches()) {
            throw new IllegalStateException(
                    "partnerships.calendar.token-key-id must be 1 to 32 letters, digits, '-' or '_'");
        }
        retiredTokenKeys.forEach((id, secret) -> {
            if (!KEY_ID.matcher(id).matches() || id.equals(tokenKeyId)) {
                throw new IllegalStateException("partnerships.calendar.retired-token-keys." + id
                        + ": a key id must be 1 to 32 letters, digits, '-' or '_' and differ from token-key-id");
            }
            if (secret == null || secret.length() < MINIMUM_SECRET_LENGTH) {
                throw new IllegalStateException("partnerships.calendar.retired-token-keys." + id
                        + " must have at least " + MINIMUM_SECRET_LENGTH + " characters");
            }
        });
        if (feedLifetime == null || feedLifetime.isNegative() || feedLifetime.isZero()) {
            throw new IllegalStateException("partnerships.calendar.feed-lifetime must be positive");
        }
        if (organizerName == null
                || organizerName.isBlank()
                || organizerEmail == null
                || !organizerEmail.contains("@")) {
            throw new IllegalStateException("partnerships.calendar.organizer-name and organizer-email must be set");
        }
    }

    /** Every key that verifies URLs, by id: the current one and the retired ones. */
    Map<String, String> verifyingKeys() {
        java.util.HashMap<String, String> keys = new java.util.HashMap<>(retiredTokenKeys);
        keys.put(tokenKeyId, tokenSecret);
        return Map.copyOf(keys);
    }
}

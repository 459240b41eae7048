package dk.kl.partnerships.meeting.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the iCalendar feeds.
 *
 * @param tokenSecret    signs subscription URLs; at least 32 characters, set per environment
 *                       ({@code PARTNERSHIPS_CALENDAR_TOKEN_SECRET}); changing it revokes every URL
 * @param organizerName  who organises the meetings, as calendars show it
 * @param organizerEmail where calendar applications send replies
 */
@ConfigurationProperties("partnerships.calendar")
record CalendarSettings(String tokenSecret, String organizerName, String organizerEmail) {

    public CalendarSettings {
        if (tokenSecret == null || tokenSecret.length() < 32) {
            throw new IllegalStateException("partnerships.calendar.token-secret must have at least 32 characters");
        }
        if (organizerName == null
                || organizerName.isBlank()
                || organizerEmail == null
                || !organizerEmail.contains("@")) {
            throw new IllegalStateException("partnerships.calendar.organizer-name and organizer-email must be set");
        }
    }
}

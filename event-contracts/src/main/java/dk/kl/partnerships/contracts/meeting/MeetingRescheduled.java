package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.OffsetDateTime;

/**
 * KL moved a meeting to another time or venue.
 *
 * <p>{@code calendarUid} and {@code calendarSequence} are the meeting's iCalendar UID and SEQUENCE, as
 * meeting-service's feeds show them, so that an invitation sent by mail updates the same calendar entry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingRescheduled(
        String meetingId,
        String programmeId,
        String networkId,

        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        OffsetDateTime startsAt,

        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        OffsetDateTime endsAt,

        String timeZone,
        Venue venue,
        String calendarUid,
        int calendarSequence)
        implements IntegrationEvent {

    public MeetingRescheduled {
        Require.text(meetingId, "meetingId");
        Require.text(programmeId, "programmeId");
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
        Require.text(timeZone, "timeZone");
        Require.present(venue, "venue");
    }

    @Override
    public String key() {
        return meetingId;
    }
}

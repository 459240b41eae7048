package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;

/**
 * KL cancelled a meeting before it was held.
 *
 * <p>{@code calendarUid} and {@code calendarSequence} are the meeting's iCalendar UID and SEQUENCE, as
 * meeting-service's feeds show them, so that an invitation sent by mail updates the same calendar entry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingCancelled(
        String meetingId, String programmeId, String networkId, String reason, String calendarUid, int calendarSequence)
        implements IntegrationEvent {

    public MeetingCancelled {
        Require.text(meetingId, "meetingId");
        Require.text(programmeId, "programmeId");
        Require.text(reason, "reason");
    }

    @Override
    public String key() {
        return meetingId;
    }
}

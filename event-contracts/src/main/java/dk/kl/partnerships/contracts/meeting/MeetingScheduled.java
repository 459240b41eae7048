package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * KL scheduled a meeting. Times carry their offset and {@code timeZone} names the zone they are
 * planned in ({@code Europe/Copenhagen}). {@code networkId} is absent for meetings of a whole
 * programme; {@code feePerParticipant} (net of VAT) is absent for meetings without a fee.
 *
 * <p>{@code calendarUid} and {@code calendarSequence} are the meeting's iCalendar UID and SEQUENCE, as
 * meeting-service's feeds show them, so that an invitation sent by mail updates the same calendar entry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingScheduled(
        String meetingId,
        String programmeId,
        String networkId,
        MeetingKind kind,
        String title,

        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        OffsetDateTime startsAt,

        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        OffsetDateTime endsAt,

        String timeZone,
        Venue venue,
        int capacity,

        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        OffsetDateTime signUpDeadline,

        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feePerParticipant,
        String currency,
        String calendarUid,
        int calendarSequence)
        implements IntegrationEvent {

    public MeetingScheduled {
        Require.text(meetingId, "meetingId");
        Require.text(programmeId, "programmeId");
        Require.present(kind, "kind");
        Require.text(title, "title");
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
        Require.text(timeZone, "timeZone");
        Require.present(venue, "venue");
        feePerParticipant = Require.optionalAmount(feePerParticipant, "feePerParticipant");
    }

    @Override
    public String key() {
        return meetingId;
    }
}

package dk.kl.partnerships.notification.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What the messages say of a meeting, and its calendar identity. */
@Document("meetings")
public record MeetingView(
        @Id String id,
        String programmeId,
        String kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venueName,
        String venueAddress,
        String calendarUid,
        int calendarSequence,
        Status status,
        String cancellationReason) {

    public enum Status {
        SCHEDULED,
        CANCELLED,
        HELD
    }

    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public ZonedDateTime end() {
        return endsAt.atZone(ZoneId.of(timeZone));
    }

    MeetingView moved(
            Instant startsAt, Instant endsAt, String timeZone, String venueName, String venueAddress, int sequence) {
        return new MeetingView(
                id,
                programmeId,
                kind,
                title,
                startsAt,
                endsAt,
                timeZone,
                venueName,
                venueAddress,
                calendarUid,
                sequence,
                status,
                cancellationReason);
    }

    MeetingView ended(Status status, String reason, int sequence) {
        return new MeetingView(
                id,
                programmeId,
                kind,
                title,
                startsAt,
                endsAt,
                timeZone,
                venueName,
                venueAddress,
                calendarUid,
                sequence,
                status,
                reason);
    }

    /** The meeting as the templates see it ({@code ${meeting.title}}, {@code ${meeting.start}}, ...). */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("title", title);
        model.put("start", start());
        model.put("end", end());
        model.put("venue", venueName);
        model.put("address", venueAddress);
        model.put("cancellationReason", cancellationReason == null ? "" : cancellationReason);
        return model;
    }
}

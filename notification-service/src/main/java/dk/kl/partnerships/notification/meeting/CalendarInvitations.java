package dk.kl.partnerships.notification.meeting;

import dk.kl.partnerships.notification.mail.Attachment;
import dk.kl.partnerships.notification.mail.MailSettings;
import dk.kl.partnerships.notification.mail.Recipient;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Calendar invitations (iTIP, RFC 5546) for one participant: {@code METHOD:REQUEST} puts the meeting
 * in their calendar or updates it, {@code METHOD:CANCEL} takes it out. The UID and SEQUENCE are the
 * meeting's own, as in meeting-service's feeds, so every invitation, update and cancellation — and a
 * subscribed feed — concern one and the same calendar entry.
 */
@Component
class CalendarInvitations {

    private static final String ORGANIZER_NAME = "KL Partnerskaber";

    private final String organizer;
    private final Clock clock;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    CalendarInvitations(MailSettings settings, Clock clock) {
        this.organizer = address(settings.replyTo());
        this.clock = clock;
    }

    Attachment request(MeetingView meeting, Recipient attendee) {
        return attachment(
                calendar(meeting, attendee, ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED), "REQUEST");
    }

    Attachment cancel(MeetingView meeting, Recipient attendee) {
        return attachment(
                calendar(meeting, attendee, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED), "CANCEL");
    }

    private Calendar calendar(MeetingView meeting, Recipient attendee, Method method, Status status) {
        VEvent event = new VEvent(meeting.start(), meeting.end(), meeting.title());
        event.add(new Uid(meeting.calendarUid()));
        event.add(new Sequence(meeting.calendarSequence()));
        event.replace(new DtStamp(clock.instant()));
        event.add(new Location(meeting.venueName() + ", " + meeting.venueAddress()));
        event.add(status);
        Organizer organizerProperty = new Organizer(URI.create("mailto:" + organizer));
        organizerProperty.add(new Cn(ORGANIZER_NAME));
        event.add(organizerProperty);
        Attendee attendeeProperty = new Attendee(URI.create("mailto:" + attendee.email()));
        attendeeProperty.add(new Cn(attendee.name()));
        attendeeProperty.add(Role.REQ_PARTICIPANT);
        attendeeProperty.add(PartStat.ACCEPTED);
        attendeeProperty.add(Rsvp.FALSE);
        event.add(attendeeProperty);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//KL//Partnership platform//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(zones.getTimeZone(meeting.timeZone()).getVTimeZone());
        calendar.add(event);
        return calendar;
    }

    private static Attachment attachment(Calendar calendar, String method) {
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Attachment(
                method.equals("CANCEL") ? "aflysning.ics" : "invitation.ics",
                "text/calendar; charset=UTF-8; method=" + method,
                ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String address(String configured) {
        try {
            return new InternetAddress(configured).getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "partnerships.notifications.reply-to is not an address: " + configured, e);
        }
    }
}

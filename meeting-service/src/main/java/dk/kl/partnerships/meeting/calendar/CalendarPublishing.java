package dk.kl.partnerships.meeting.calendar;

import dk.kl.partnerships.meeting.registration.NetworkView;
import dk.kl.partnerships.meeting.registration.Rostering;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingRepository;
import dk.kl.partnerships.meeting.schedule.MeetingStatus;
import dk.kl.partnerships.meeting.schedule.SignUp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** The meetings a municipality's participants are signed up for, and the meetings of a network, as feeds. */
@Service
public class CalendarPublishing {

    /** A feed shows at most this many meetings, the latest first in the query: years of a programme. */
    static final int FEED_LIMIT = 500;

    private final MeetingRepository meetings;
    private final Rostering knowledge;
    private final Clock clock;
    private final ICalendar.Organizer organizer;

    CalendarPublishing(MeetingRepository meetings, Rostering knowledge, Clock clock, CalendarSettings settings) {
        this.meetings = meetings;
        this.knowledge = knowledge;
        this.clock = clock;
        this.organizer = new ICalendar.Organizer(settings.organizerName(), settings.organizerEmail());
    }

    /**
     * Meetings where a participant of the municipality has a confirmed seat; a meeting cancelled
     * while they were signed up stays in, marked cancelled, so calendars remove it.
     */
    public byte[] ofMunicipality(String municipalityCode) {
        List<Meeting> signedUp = meetings.signedUpByMunicipality(municipalityCode, FEED_LIMIT).stream()
                .filter(m -> m.signUps().stream()
                        .anyMatch(s -> municipalityCode.equals(s.municipalityCode())
                                && (s.status() == SignUp.Status.CONFIRMED
                                        || m.status() == MeetingStatus.CANCELLED && s.active())))
                .sorted(Comparator.comparing(m -> m.time().startsAt()))
                .toList();
        return ICalendar.feed("Partnerskabsmøder " + municipalityCode, organizer, signedUp, clock.instant());
    }

    public byte[] ofNetwork(String networkId) {
        NetworkView network = knowledge.network(networkId);
        List<Meeting> ofNetwork = meetings.ofNetwork(networkId, FEED_LIMIT).stream()
                .sorted(Comparator.comparing(m -> m.time().startsAt()))
                .toList();
        return ICalendar.feed(network.name(), organizer, ofNetwork, clock.instant());
    }
}

package dk.kl.partnerships.meeting.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where meetings are kept, together with the events of their changes. */
public interface MeetingRepository {

    Optional<Meeting> find(String id);

    Page<Meeting> list(String programmeId, String networkId, Instant from, Instant to, Pageable page);

    /** Scheduled (not cancelled, not held) meetings of a network starting in the period. */
    List<Meeting> scheduledOfNetworkBetween(String networkId, Instant from, Instant to);

    /** Scheduled meetings at a venue that start before {@code to} and end after {@code from}. */
    List<Meeting> scheduledAtVenueOverlapping(String venueKey, Instant from, Instant to);

    /**
     * Meetings still to come where the municipality has a confirmed or waiting sign-up, in id
     * order after {@code afterId} (null: from the first), at most {@code limit}.
     */
    List<Meeting> upcomingWithSignUpsOfMunicipality(String municipalityCode, Instant now, String afterId, int limit);

    /** As {@link #upcomingWithSignUpsOfMunicipality}, at the meetings of one network only. */
    List<Meeting> upcomingOfNetworkWithSignUpsOfMunicipality(
            String networkId, String municipalityCode, Instant now, String afterId, int limit);

    /** As {@link #upcomingWithSignUpsOfMunicipality}, for one participant. */
    List<Meeting> upcomingWithSignUpsOfParticipant(String participantId, Instant now, String afterId, int limit);

    /** Meetings of any time and status with a sign-up (of any status) of the participant, in id order after {@code afterId}. */
    List<Meeting> withSignUpsOfParticipant(String participantId, String afterId, int limit);

    /** The meetings of a programme, at most {@code limit} (a programme has tens). */
    List<Meeting> ofProgramme(String programmeId, int limit);

    /** Meetings the municipality's participants are signed up for, newest first, at most {@code limit}. */
    List<Meeting> signedUpByMunicipality(String municipalityCode, int limit);

    List<Meeting> ofNetwork(String networkId, int limit);

    Meeting insert(Meeting meeting);

    Meeting update(Meeting meeting);

    /**
     * Runs the work while holding the named scheduling locks, so that checking for a double
     * booking and booking are not interleaved with another booking of the same network or venue.
     */
    <T> T whileHolding(Collection<String> lockKeys, Supplier<T> work);
}

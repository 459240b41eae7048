package dk.kl.partnerships.meeting.schedule.messaging;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.MeetingCancelled;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingKind;
import dk.kl.partnerships.contracts.meeting.MeetingRescheduled;
import dk.kl.partnerships.contracts.meeting.MeetingScheduled;
import dk.kl.partnerships.contracts.meeting.ParticipantPromoted;
import dk.kl.partnerships.contracts.meeting.ParticipantSignedUp;
import dk.kl.partnerships.contracts.meeting.SignUpCancelled;
import dk.kl.partnerships.contracts.meeting.SignUpStatus;
import dk.kl.partnerships.contracts.meeting.Venue;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingEvent;
import dk.kl.partnerships.meeting.schedule.MeetingTime;
import dk.kl.partnerships.meeting.schedule.SignUp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Meeting domain events as the published {@code meeting.meetings.v1} contracts. */
@Component
public class MeetingEventTranslator implements Function<MeetingEvent, List<? extends IntegrationEvent>> {

    static final String CURRENCY = "DKK";

    @Override
    public List<? extends IntegrationEvent> apply(MeetingEvent event) {
        Meeting meeting = event.meeting();
        MeetingTime time = meeting.time();
        if (event instanceof MeetingEvent.Scheduled) {
            return List.of(new MeetingScheduled(
                    meeting.id(),
                    meeting.programmeId(),
                    meeting.networkId(),
                    MeetingKind.valueOf(meeting.kind().name()),
                    meeting.title(),
                    local(time, time.startsAt()),
                    local(time, time.endsAt()),
                    time.timeZone(),
                    venue(meeting),
                    meeting.capacity(),
                    local(time, meeting.signUpDeadline()),
                    meeting.feePerParticipant(),
                    meeting.feePerParticipant() == null ? null : CURRENCY,
                    meeting.calendarUid(),
                    meeting.calendarSequence()));
        }
        if (event instanceof MeetingEvent.Rescheduled) {
            return List.of(new MeetingRescheduled(
                    meeting.id(),
                    meeting.programmeId(),
                    meeting.networkId(),
                    local(time, time.startsAt()),
                    local(time, time.endsAt()),
                    time.timeZone(),
                    venue(meeting),
                    meeting.calendarUid(),
                    meeting.calendarSequence()));
        }
        if (event instanceof MeetingEvent.Cancelled) {
            return List.of(new MeetingCancelled(
                    meeting.id(),
                    meeting.programmeId(),
                    meeting.networkId(),
                    meeting.cancellationReason(),
                    meeting.calendarUid(),
                    meeting.calendarSequence()));
        }
        if (event instanceof MeetingEvent.SignedUp signedUp) {
            SignUp signUp = signedUp.signUp();
            return List.of(new ParticipantSignedUp(
                    meeting.id(),
                    meeting.programmeId(),
                    signUp.id(),
                    signUp.participantId(),
                    signUp.municipalityCode(),
                    signedUp.waitingPosition() == null ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING,
                    signedUp.waitingPosition()));
        }
        if (event instanceof MeetingEvent.Promoted promoted) {
            SignUp signUp = promoted.signUp();
            return List.of(new ParticipantPromoted(
                    meeting.id(),
                    meeting.programmeId(),
                    signUp.id(),
                    signUp.participantId(),
                    signUp.municipalityCode()));
        }
        if (event instanceof MeetingEvent.SignUpDropped cancelled) {
            SignUp signUp = cancelled.signUp();
            return List.of(new SignUpCancelled(
                    meeting.id(),
                    meeting.programmeId(),
                    signUp.id(),
                    signUp.participantId(),
                    signUp.municipalityCode(),
                    cancelled.hadSeat()));
        }
        return List.of(held(meeting));
    }

    private static MeetingHeld held(Meeting meeting) {
        Map<String, List<String>> byMunicipality = new LinkedHashMap<>();
        Map<String, String> municipalityOf = meeting.signUps().stream()
                .collect(Collectors.toMap(SignUp::participantId, SignUp::municipalityCode, (a, b) -> a));
        for (String participant : meeting.attendees()) {
            byMunicipality
                    .computeIfAbsent(municipalityOf.get(participant), code -> new ArrayList<>())
                    .add(participant);
        }
        return new MeetingHeld(
                meeting.id(),
                meeting.programmeId(),
                meeting.networkId(),
                MeetingKind.valueOf(meeting.kind().name()),
                meeting.title(),
                meeting.heldOn(),
                meeting.feePerParticipant(),
                meeting.feePerParticipant() == null ? null : CURRENCY,
                byMunicipality.entrySet().stream()
                        .map(e -> new Attendance(e.getKey(), e.getValue()))
                        .toList());
    }

    private static Venue venue(Meeting meeting) {
        return new Venue(
                meeting.venue().name(),
                meeting.venue().address(),
                meeting.venue().municipalityCode());
    }

    private static OffsetDateTime local(MeetingTime time, Instant instant) {
        return instant == null ? null : instant.atZone(time.zone()).toOffsetDateTime();
    }
}

package dk.kl.partnerships.meeting.schedule;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.meeting.registration.MunicipalityLeft;
import dk.kl.partnerships.meeting.registration.NetworkMemberLeft;
import dk.kl.partnerships.meeting.registration.NetworkView;
import dk.kl.partnerships.meeting.registration.ParticipantErased;
import dk.kl.partnerships.meeting.registration.ParticipantLeft;
import dk.kl.partnerships.meeting.registration.ParticipantReplaced;
import dk.kl.partnerships.meeting.registration.Person;
import dk.kl.partnerships.meeting.registration.ProgrammeView;
import dk.kl.partnerships.meeting.registration.Roster;
import dk.kl.partnerships.meeting.registration.Rostering;
import dk.kl.partnerships.meeting.schedule.Meeting.WalkInRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Scheduling meetings (KL) and signing participants up (KL or their own municipality), with the
 * rules that keep the calendar sane: no network meets twice on a day, no venue hosts two meetings
 * at once, no meeting is overbooked.
 */
@Service
public class Scheduling {

    private static final Logger log = LoggerFactory.getLogger(Scheduling.class);
    private static final String MEETING = "Meeting";
    /** Many coordinators may sign up for one popular meeting at the same moment. */
    private static final int SIGN_UP_ATTEMPTS = 200;

    private static final int BATCH_SIZE = 100;
    /** A programme has tens of meetings; the plan reads at most this many. */
    private static final int PLAN_LIMIT = 1000;

    private final MeetingRepository repository;
    private final Rostering knowledge;
    private final Clock clock;
    private final Duration attendanceCorrectionWindow;

    Scheduling(
            MeetingRepository repository,
            Rostering knowledge,
            Clock clock,
            @Value("${partnerships.meeting.attendance-correction-window:30d}") Duration attendanceCorrectionWindow) {
        if (attendanceCorrectionWindow.isNegative()) {
            throw new IllegalStateException("partnerships.meeting.attendance-correction-window must not be negative");
        }
        this.repository = repository;
        this.knowledge = knowledge;
        this.clock = clock;
        this.attendanceCorrectionWindow = attendanceCorrectionWindow;
    }

    /**
     * Schedules a meeting. A network has five theme days; a sixth or later is scheduled only when
     * KL confirms it ({@code extraThemeDayConfirmed}).
     */
    public Meeting schedule(
            String programmeId,
            String networkId,
            MeetingKind kind,
            MeetingDetails details,
            boolean extraThemeDayConfirmed) {
        requireWithinProgramme(knowledge.programme(programmeId), kind, details.time());
        if (networkId != null) {
            NetworkView network = knowledge.network(networkId);
            if (!network.programmeId().equals(programmeId)) {
                throw new InvalidFieldException("networkId", "is a network of another programme");
            }
            if (kind == MeetingKind.MUNICIPALITY_VISIT
                    && !network.municipalityCodes().contains(details.venue().municipalityCode())) {
                throw new InvalidFieldException("venue.municipalityCode", "must be a municipality of the network");
            }
        }
        Meeting meeting =
                Meeting.schedule(UUID.randomUUID().toString(), programmeId, networkId, kind, details, clock.instant());
        return repository.whileHolding(lockKeys(networkId, details.venue()), () -> {
            refuseDoubleBooking(null, networkId, details);
            if (kind == MeetingKind.THEME_DAY && networkId != null && !extraThemeDayConfirmed) {
                refuseUnconfirmedExtraThemeDay(programmeId, networkId);
            }
            return repository.insert(meeting);
        });
    }

    public Meeting revise(String meetingId, MeetingDetails details) {
        Meeting current = get(meetingId);
        return repository.whileHolding(
                lockKeys(current.networkId(), details.venue()),
                () -> ConflictRetry.run(() -> {
                    Meeting meeting = get(meetingId);
                    requireWithinProgramme(knowledge.programme(meeting.programmeId()), meeting.kind(), details.time());
                    refuseDoubleBooking(meetingId, meeting.networkId(), details);
                    meeting.revise(details, clock.instant());
                    return repository.update(meeting);
                }));
    }

    /**
     * A programme's meetings fall within its period, from its first day to its last; an open
     * meeting, which any municipality may come to, may be held outside it.
     */
    private static void requireWithinProgramme(ProgrammeView programme, MeetingKind kind, MeetingTime time) {
        if (kind.openToAll() || programme.startsOn() == null || programme.endsOn() == null) {
            return;
        }
        if (time.day().isBefore(programme.startsOn())) {
            throw new InvalidFieldException(
                    "startsAt", "must not be before the programme starts on " + programme.startsOn());
        }
        if (time.endsAtLocal().toLocalDate().isAfter(programme.endsOn())) {
            throw new InvalidFieldException("endsAt", "must not be after the programme ends on " + programme.endsOn());
        }
    }

    public Meeting cancel(String meetingId, String reason) {
        return change(meetingId, meeting -> meeting.cancel(reason, clock.instant()));
    }

    /** Signs up one of the caller's municipality's participants; KL may sign up anyone's. */
    public SignUpResult signUp(Caller caller, String meetingId, String participantId) {
        Meeting current = get(meetingId);
        Roster roster = knowledge
                .rosterOf(participantId, current.programmeId(), current.kind().openToAll())
                .orElseThrow(() -> new InvalidFieldException(
                        "participantId", "is not a participant of a municipality taking part in this programme"));
        caller.requireActFor(roster.municipalityCode(), "Participant", participantId);
        if (current.kind().ofNetwork()
                && !knowledge.network(current.networkId()).municipalityCodes().contains(roster.municipalityCode())) {
            throw new RuleViolationException(
                    "not-in-network",
                    "Municipality " + roster.municipalityCode() + " is not in the network this meeting is for");
        }
        Person person = roster.participant(participantId).orElseThrow();
        String signUpId = UUID.randomUUID().toString();
        Meeting signedUp = ConflictRetry.run(SIGN_UP_ATTEMPTS, () -> {
            Meeting meeting = get(meetingId);
            meeting.signUp(signUpId, person, roster.municipalityCode(), caller.isKlAdmin(), clock.instant());
            return repository.update(meeting);
        });
        return SignUpResult.of(signedUp, signUpId);
    }

    /** KL signs an outside guest up for an open meeting or a follow-up group meeting. */
    public SignUpResult signUpGuest(String meetingId, Guest guest) {
        String signUpId = UUID.randomUUID().toString();
        String guestId = UUID.randomUUID().toString();
        Meeting signedUp = ConflictRetry.run(SIGN_UP_ATTEMPTS, () -> {
            Meeting meeting = get(meetingId);
            meeting.signUpGuest(signUpId, guestId, guest, clock.instant());
            return repository.update(meeting);
        });
        return SignUpResult.of(signedUp, signUpId);
    }

    /** Cancels a sign-up: a municipality its own participants', KL anyone's, a guest's only KL. */
    public Meeting cancelSignUp(Caller caller, String meetingId, String signUpId) {
        Meeting current = get(meetingId);
        SignUp signUp = current.signUp(signUpId).orElseThrow(() -> new NotFoundException("Sign-up", signUpId));
        caller.requireActFor(signUp.municipalityCode(), "Sign-up", signUpId);
        return ConflictRetry.run(SIGN_UP_ATTEMPTS, () -> {
            Meeting meeting = get(meetingId);
            meeting.cancelSignUp(signUpId, caller.isKlAdmin(), clock.instant());
            return repository.update(meeting);
        });
    }

    public Meeting recordAttendance(String meetingId, List<String> participantIds, List<WalkInRequest> walkIns) {
        requireTakingPart(get(meetingId), walkIns);
        return change(meetingId, meeting -> meeting.recordAttendance(participantIds, walkIns, clock.instant()));
    }

    /**
     * A walk-in's municipality takes part in the meeting's programme (for an open meeting: in any
     * programme), and for a network meeting is a member of the network.
     */
    private void requireTakingPart(Meeting meeting, List<WalkInRequest> walkIns) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> network = meeting.kind().ofNetwork()
                ? Set.copyOf(knowledge.network(meeting.networkId()).municipalityCodes())
                : null;
        // one look per municipality, however many walked in for it
        Map<String, Boolean> takingPart = new HashMap<>();
        for (int i = 0; i < walkIns.size(); i++) {
            String code = walkIns.get(i).municipalityCode();
            if (!takingPart.computeIfAbsent(
                    code,
                    c -> knowledge.takesPart(
                            c, meeting.programmeId(), meeting.kind().openToAll()))) {
                problems.add(new FieldProblem(
                        "walkIns[" + i + "].municipalityCode", "is not a municipality taking part in the programme"));
            } else if (network != null && !network.contains(code)) {
                problems.add(new FieldProblem(
                        "walkIns[" + i + "].municipalityCode", "is not a member of the meeting's network"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    /**
     * KL corrects a held meeting's attendance within the correction window
     * ({@code partnerships.meeting.attendance-correction-window}, 30 days by default).
     */
    public Meeting correctAttendance(
            String meetingId, List<String> participantIds, List<WalkInRequest> walkIns, String reason) {
        requireTakingPart(get(meetingId), walkIns);
        return ConflictRetry.run(() -> {
            Meeting meeting = get(meetingId);
            if (!meeting.correctAttendance(
                    participantIds, walkIns, reason, attendanceCorrectionWindow, clock.instant())) {
                return meeting;
            }
            log.info("Attendance of meeting {} corrected (revision {})", meetingId, meeting.attendanceRevision());
            return repository.update(meeting);
        });
    }

    /**
     * A municipality left a programme: the participants it had named for it lose their seats at
     * meetings still to come, open meetings of other programmes included. Seats it holds through
     * another programme it still takes part in stay.
     */
    @EventListener
    void on(MunicipalityLeft left) {
        Set<String> leaving = Set.copyOf(left.participantIds());
        Instant now = clock.instant();
        changeUpcoming(
                (afterId, limit) ->
                        repository.upcomingWithSignUpsOfMunicipality(left.municipalityCode(), now, afterId, limit),
                meeting -> meeting.cancelSignUpsWhere(signUp -> leaving.contains(signUp.participantId()), now));
    }

    /**
     * A municipality left a network (moved, removed or withdrawn): its sign-ups for that network's
     * meetings still to come are cancelled, the waiting promoted.
     */
    @EventListener
    void on(NetworkMemberLeft left) {
        String code = left.municipalityCode();
        Instant now = clock.instant();
        changeUpcoming(
                (afterId, limit) -> repository.upcomingOfNetworkWithSignUpsOfMunicipality(
                        left.networkId(), code, now, afterId, limit),
                meeting -> meeting.cancelSignUpsWhere(signUp -> code.equals(signUp.municipalityCode()), now));
    }

    /** A participant no longer takes part: their sign-ups for meetings still to come are cancelled. */
    @EventListener
    void on(ParticipantLeft left) {
        String participantId = left.participantId();
        Instant now = clock.instant();
        changeUpcoming(
                (afterId, limit) -> repository.upcomingWithSignUpsOfParticipant(participantId, now, afterId, limit),
                meeting -> meeting.cancelSignUpsWhere(
                        signUp -> signUp.participantId().equals(participantId), now));
    }

    /** A participant was replaced: the replacement takes their places at meetings still to come. */
    @EventListener
    void on(ParticipantReplaced replaced) {
        String participantId = replaced.participantId();
        Instant now = clock.instant();
        changeUpcoming(
                (afterId, limit) -> repository.upcomingWithSignUpsOfParticipant(participantId, now, afterId, limit),
                meeting -> meeting.substitute(participantId, replaced.replacement(), now));
    }

    /** A participant's personal data was erased: their name goes from every sign-up, past or to come. */
    @EventListener
    void on(ParticipantErased erased) {
        String participantId = erased.participantId();
        changeUpcoming(
                (afterId, limit) -> repository.withSignUpsOfParticipant(participantId, afterId, limit),
                meeting -> meeting.pseudonymise(participantId, Person.ERASED_NAME));
    }

    /** Applies the change to each meeting of the batches, storing those it changed. */
    private void changeUpcoming(BiFunction<String, Integer, List<Meeting>> batches, Predicate<Meeting> change) {
        String afterId = null;
        List<Meeting> batch;
        do {
            batch = batches.apply(afterId, BATCH_SIZE);
            for (Meeting meeting : batch) {
                changeIfNeeded(meeting.id(), change);
                afterId = meeting.id();
            }
        } while (batch.size() == BATCH_SIZE);
    }

    private void changeIfNeeded(String meetingId, Predicate<Meeting> change) {
        ConflictRetry.run(SIGN_UP_ATTEMPTS, () -> {
            Meeting meeting = get(meetingId);
            if (!change.test(meeting)) {
                return meeting;
            }
            log.info("Changed sign-ups of meeting {} after a withdrawal, removal, replacement or erasure", meetingId);
            return repository.update(meeting);
        });
    }

    /** Per network of a programme, how many of its theme days are scheduled or held. */
    public MeetingPlan plan(String programmeId) {
        ProgrammeView programme = knowledge.programme(programmeId);
        List<Meeting> meetings = repository.ofProgramme(programmeId, PLAN_LIMIT);
        List<MeetingPlan.NetworkPlan> networks = new ArrayList<>();
        for (NetworkView network : knowledge.networksOf(programmeId)) {
            List<Meeting> own = meetings.stream()
                    .filter(m -> network.id().equals(m.networkId()))
                    .filter(m -> m.status() != MeetingStatus.CANCELLED)
                    .toList();
            networks.add(new MeetingPlan.NetworkPlan(
                    network.id(),
                    network.name(),
                    themeDays(own, network.id()),
                    MeetingPlan.THEME_DAYS_PER_NETWORK,
                    (int) own.stream()
                            .filter(m -> m.kind() == MeetingKind.MUNICIPALITY_VISIT)
                            .count(),
                    network.municipalityCodes().size()));
        }
        long programmeWide = meetings.stream()
                .filter(m -> m.networkId() == null)
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .count();
        return new MeetingPlan(programme.id(), programme.title(), networks, (int) programmeWide);
    }

    public Meeting get(String meetingId) {
        return repository.find(meetingId).orElseThrow(() -> new NotFoundException(MEETING, meetingId));
    }

    public Page<Meeting> list(String programmeId, String networkId, LocalDate from, LocalDate to, Pageable page) {
        return repository.list(
                programmeId,
                networkId,
                from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                page);
    }

    private Meeting change(String meetingId, Consumer<Meeting> command) {
        return ConflictRetry.run(() -> {
            Meeting meeting = get(meetingId);
            command.accept(meeting);
            return repository.update(meeting);
        });
    }

    private void refuseDoubleBooking(String meetingId, String networkId, MeetingDetails details) {
        MeetingTime time = details.time();
        if (networkId != null) {
            Instant dayStart = time.day().atStartOfDay(time.zone()).toInstant();
            Instant dayEnd = time.day().plusDays(1).atStartOfDay(time.zone()).toInstant();
            repository.scheduledOfNetworkBetween(networkId, dayStart, dayEnd).stream()
                    .filter(other -> !other.id().equals(meetingId))
                    .findFirst()
                    .ifPresent(other -> {
                        throw new ConflictException(
                                "The network already meets on " + time.day() + ": " + other.title(), "NETWORK_BOOKED");
                    });
        }
        repository.scheduledAtVenueOverlapping(details.venue().key(), time.startsAt(), time.endsAt()).stream()
                .filter(other -> !other.id().equals(meetingId))
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException(
                            details.venue().name() + " is booked at that time for " + other.title(), "VENUE_BOOKED");
                });
    }

    private void refuseUnconfirmedExtraThemeDay(String programmeId, String networkId) {
        int themeDays = themeDays(repository.ofProgramme(programmeId, PLAN_LIMIT), networkId);
        if (themeDays >= MeetingPlan.THEME_DAYS_PER_NETWORK) {
            throw new RuleViolationException(
                    "extra-theme-day-unconfirmed",
                    "The network already has " + themeDays + " theme days of the "
                            + MeetingPlan.THEME_DAYS_PER_NETWORK
                            + " planned; confirm the extra one (confirmExtraThemeDay) to schedule it");
        }
    }

    /** The network's theme days that are scheduled or held. */
    private static int themeDays(List<Meeting> meetings, String networkId) {
        return (int) meetings.stream()
                .filter(m -> networkId.equals(m.networkId()))
                .filter(m -> m.kind() == MeetingKind.THEME_DAY)
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .count();
    }

    private static List<String> lockKeys(String networkId, Venue venue) {
        List<String> keys = new ArrayList<>();
        keys.add("venue:" + venue.key());
        if (networkId != null) {
            keys.add("network:" + networkId);
        }
        return keys;
    }

    /** The outcome of a sign-up: confirmed, or waiting at a position. */
    public record SignUpResult(SignUp signUp, Integer waitingPosition, Meeting meeting) {

        static SignUpResult of(Meeting meeting, String signUpId) {
            return new SignUpResult(
                    meeting.signUp(signUpId).orElseThrow(),
                    meeting.waitingPosition(signUpId).orElse(null),
                    meeting);
        }
    }
}

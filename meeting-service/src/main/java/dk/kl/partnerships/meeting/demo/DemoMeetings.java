package dk.kl.partnerships.meeting.demo;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.meeting.registration.NetworkView;
import dk.kl.partnerships.meeting.registration.Person;
import dk.kl.partnerships.meeting.registration.ProgrammeView;
import dk.kl.partnerships.meeting.registration.Roster;
import dk.kl.partnerships.meeting.registration.Rostering;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingDetails;
import dk.kl.partnerships.meeting.schedule.MeetingKind;
import dk.kl.partnerships.meeting.schedule.MeetingRepository;
import dk.kl.partnerships.meeting.schedule.MeetingTime;
import dk.kl.partnerships.meeting.schedule.Venue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives each ended programme of the demonstration its history of meetings: a kick-off on its first
 * day and five theme days per network spread over its period, each with its members' participants
 * signed up and attendance recorded — most come to most days, so many, not all, earn a
 * certificate. A programme that ended before the autumn of 2019 also gets the two open theme
 * meetings on quality in daycare the documents announce, in Roskilde and Billund, each with a third
 * of its participants. Built with the meeting's own rules at the instants they happened (scheduled two
 * months before, signed up a month before, attendance recorded the evening after) and stored like
 * any meeting, so MeetingScheduled, ParticipantSignedUp and MeetingHeld go out as in real use.
 *
 * <p>It waits until the service knows the programme's networks and every member's participants
 * and that knowledge has stopped changing between two looks. Each meeting's id follows from its
 * network (or programme) and number, so looking again, on this or another instance, or after a
 * restart, creates nothing twice. Runs with the {@code demo} profile only.
 */
@Component
@Profile("demo")
class DemoMeetings {

    static final int THEME_DAYS = 5;
    /** At most this many ended programmes are looked at per look; the demonstration has four. */
    private static final int PROGRAMMES_PER_LOOK = 20;

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
    private static final LocalTime STARTS = LocalTime.of(9, 30);
    private static final LocalTime ENDS = LocalTime.of(15, 30);
    /** The open theme meetings on quality in daycare after the 2017 partnership, as the documents announce them. */
    static final List<OpenMeeting> OPEN_MEETINGS = List.of(
            new OpenMeeting(
                    LocalDate.of(2019, 10, 30), new Venue("Roskilde Rådhus", "Rådhusbuen 1, 4000 Roskilde", "265")),
            new OpenMeeting(
                    LocalDate.of(2019, 10, 31), new Venue("Billund Rådhus", "Jorden Rundt 1, 7190 Billund", "530")));

    private final Rostering knowledge;
    private final MeetingRepository meetings;
    private final Clock clock;
    /** Per programme, what was known at the previous look, to tell settled knowledge from arriving. */
    private final Map<String, String> lastSeen = new HashMap<>();
    /** Programmes whose history is stored: not read again until the service restarts. */
    private final Set<String> loaded = new HashSet<>();

    DemoMeetings(Rostering knowledge, MeetingRepository meetings, Clock clock) {
        this.knowledge = knowledge;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${partnerships.demo.poll-interval:10s}",
            fixedDelayString = "${partnerships.demo.poll-interval:10s}")
    void poll() {
        try {
            int created = load();
            if (created > 0) {
                log.info("Demonstration: {} held meetings loaded", created);
            }
        } catch (RuntimeException e) {
            log.warn("Demonstration meetings could not be loaded now; trying again at the next look", e);
        }
    }

    /** One look: the meetings of every ended programme whose networks and participants are settled. */
    synchronized int load() {
        int created = 0;
        for (ProgrammeView programme : knowledge.programmesEndedBefore(LocalDate.now(clock), PROGRAMMES_PER_LOOK)) {
            if (!loaded.contains(programme.id())) {
                created += load(programme);
            }
        }
        return created;
    }

    private int load(ProgrammeView programme) {
        List<NetworkView> networks = knowledge.networksOf(programme.id()).stream()
                .sorted(Comparator.comparing(NetworkView::name).thenComparing(NetworkView::id))
                .toList();
        if (networks.isEmpty() || programme.startsOn() == null || programme.endsOn() == null) {
            return 0;
        }
        Map<String, Roster> rosters = knowledge.rostersOf(programme.id()).stream()
                .filter(Roster::active)
                .collect(Collectors.toMap(Roster::municipalityCode, Function.identity(), (a, b) -> a));
        boolean everyMemberNamedSomeone = networks.stream()
                .flatMap(n -> n.municipalityCodes().stream())
                .allMatch(code -> rosters.containsKey(code)
                        && !rosters.get(code).participants().isEmpty());
        String known = networks.toString()
                + rosters.values().stream()
                        .map(r -> r.municipalityCode() + r.participants().size())
                        .sorted()
                        .toList();
        boolean settled = known.equals(lastSeen.put(programme.id(), known));
        if (!everyMemberNamedSomeone || !settled) {
            return 0;
        }
        int created = 0;
        List<List<Attendee>> byNetwork =
                networks.stream().map(n -> attendees(n, rosters)).toList();
        List<Attendee> everyone = byNetwork.stream().flatMap(List::stream).toList();
        if (store(kickOff(programme, everyone))) {
            created++;
        }
        List<LocalDate> days = themeDays(programme.startsOn(), programme.endsOn());
        for (int n = 0; n < networks.size(); n++) {
            NetworkView network = networks.get(n);
            List<Attendee> members = byNetwork.get(n);
            for (int day = 0; day < THEME_DAYS; day++) {
                LocalDate date = days.get(day).plusDays(n % 4);
                if (store(themeDay(programme, network, day, date, members, rosters))) {
                    created++;
                }
            }
        }
        for (int m = 0; m < OPEN_MEETINGS.size(); m++) {
            if (programme.endsOn().isBefore(OPEN_MEETINGS.get(m).day()) && store(openMeeting(programme, m, everyone))) {
                created++;
            }
        }
        loaded.add(programme.id());
        return created;
    }

    /**
     * The theme days' dates: the first six weeks after the start, the last a month before the end,
     * the others evenly between, each on the Tuesday of its week (a network's own day is this plus
     * its place among the networks, so networks meet Tuesday to Friday).
     */
    static List<LocalDate> themeDays(LocalDate startsOn, LocalDate endsOn) {
        LocalDate first = startsOn.plusWeeks(6);
        long span = ChronoUnit.DAYS.between(first, endsOn.minusMonths(1));
        return IntStream.range(0, THEME_DAYS)
                .mapToObj(i -> first.plusDays(span * i / (THEME_DAYS - 1))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)))
                .toList();
    }

    /**
     * Whether a participant came to a theme day: one in eight misses two of the five (and so gets
     * no certificate), one in four misses one, the rest come to all.
     */
    static boolean attends(int participant, int day) {
        int missed = switch (participant % 8) {
            case 1, 5 -> 1;
            case 3 -> 2;
            default -> 0;
        };
        for (int m = 0; m < missed; m++) {
            if ((participant + 2 * m) % THEME_DAYS == day) {
                return false;
            }
        }
        return true;
    }

    private Meeting kickOff(ProgrammeView programme, List<Attendee> everyone) {
        Meeting meeting = scheduled(
                id("kickoff", programme.id(), 0),
                programme.id(),
                null,
                MeetingKind.KICKOFF,
                details(
                        "Opstartsseminar: " + programme.title(),
                        programme.startsOn(),
                        new Venue("KL-huset", "Weidekampsgade 10, 2300 København S", "101"),
                        everyone.size()));
        List<Attendee> came = everyone.stream().filter(a -> a.index() % 10 != 9).toList();
        return hold(meeting, everyone, came);
    }

    /** An open theme meeting after the programme, which a third of its participants come to. */
    private Meeting openMeeting(ProgrammeView programme, int number, List<Attendee> everyone) {
        OpenMeeting open = OPEN_MEETINGS.get(number);
        List<Attendee> coming = everyone.stream()
                .filter(a -> a.index() % OPEN_MEETINGS.size() == number)
                .toList();
        Meeting meeting = scheduled(
                id("open-theme-meeting", programme.id(), number),
                programme.id(),
                null,
                MeetingKind.OPEN_THEME_MEETING,
                details("Fagligt temamøde om kvalitet i dagtilbud", open.day(), open.venue(), coming.size()));
        return hold(
                meeting, coming, coming.stream().filter(a -> a.index() % 5 != 4).toList());
    }

    private Meeting themeDay(
            ProgrammeView programme,
            NetworkView network,
            int day,
            LocalDate date,
            List<Attendee> members,
            Map<String, Roster> rosters) {
        String host = network.municipalityCodes().stream()
                .sorted()
                .toList()
                .get(day % network.municipalityCodes().size());
        String hostName = Objects.requireNonNullElse(rosters.get(host).municipalityName(), host);
        Meeting meeting = scheduled(
                id("theme-day", network.id(), day),
                programme.id(),
                network.id(),
                MeetingKind.THEME_DAY,
                details(
                        "Temadag " + (day + 1) + " af " + THEME_DAYS + ": " + network.name(),
                        date,
                        new Venue(hostName + " Rådhus", "Rådhuset, " + hostName, host),
                        members.size()));
        List<Attendee> came =
                members.stream().filter(a -> attends(a.index(), day)).toList();
        return hold(meeting, members, came);
    }

    /** Planned two months ahead, as KL does. */
    private static Meeting scheduled(
            String id, String programmeId, String networkId, MeetingKind kind, MeetingDetails details) {
        return Meeting.schedule(
                id,
                programmeId,
                networkId,
                kind,
                details,
                details.time().startsAt().minus(Duration.ofDays(60)));
    }

    private static MeetingDetails details(String title, LocalDate day, Venue venue, int signedUp) {
        return new MeetingDetails(
                title,
                MeetingTime.of(day.atTime(STARTS), day.atTime(ENDS), BusinessTime.ZONE_ID),
                venue,
                signedUp + 10,
                null,
                List.of(),
                null);
    }

    private static Meeting hold(Meeting meeting, List<Attendee> signedUp, List<Attendee> came) {
        MeetingTime time = meeting.time();
        for (Attendee attendee : signedUp) {
            meeting.signUp(
                    id("sign-up", meeting.id() + attendee.person().id(), 0),
                    attendee.person(),
                    attendee.municipalityCode(),
                    true,
                    time.startsAt().minus(Duration.ofDays(30)));
        }
        meeting.recordAttendance(
                came.stream().map(a -> a.person().id()).toList(),
                List.of(),
                time.endsAt().plus(Duration.ofHours(3)));
        return meeting;
    }

    /** Stores the meeting unless one of its id is stored already (by this or another instance, or a run before). */
    private boolean store(Meeting meeting) {
        try {
            meetings.insert(meeting);
            return true;
        } catch (DuplicateKeyException storedMeanwhile) {
            return false;
        }
    }

    /** A network's participants in a fixed order (municipality code, then name), numbered from 0. */
    private static List<Attendee> attendees(NetworkView network, Map<String, Roster> rosters) {
        List<Attendee> attendees = new ArrayList<>();
        for (String code : network.municipalityCodes().stream().sorted().toList()) {
            rosters.get(code).participants().stream()
                    .filter(p -> !p.politician())
                    .sorted(Comparator.comparing(Person::name).thenComparing(Person::id))
                    .forEach(p -> attendees.add(new Attendee(attendees.size(), code, p)));
        }
        return attendees;
    }

    private static String id(String kind, String of, int number) {
        return UUID.nameUUIDFromBytes(("demo:" + kind + ":" + of + ":" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private record Attendee(int index, String municipalityCode, Person person) {}

    record OpenMeeting(LocalDate day, Venue venue) {}
}

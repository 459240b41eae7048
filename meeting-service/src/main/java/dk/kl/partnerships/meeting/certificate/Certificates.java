package dk.kl.partnerships.meeting.certificate;

import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.meeting.registration.ProgrammeView;
import dk.kl.partnerships.meeting.registration.Roster;
import dk.kl.partnerships.meeting.registration.Rostering;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingKind;
import dk.kl.partnerships.meeting.schedule.MeetingRepository;
import dk.kl.partnerships.meeting.schedule.MeetingStatus;
import dk.kl.partnerships.meeting.schedule.SignUp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Who may have a certificate: a participant who came to at least the configured number of their
 * network's theme days in the programme (by default 4, of the usual 5). Their own coordinator and
 * KL may download it; for anyone else the participant does not exist.
 */
@Service
public class Certificates {

    /** A programme holds a handful of meetings per network; this bounds the read all the same. */
    private static final int MEETINGS_READ = 500;

    private final MeetingRepository meetings;
    private final Rostering knowledge;
    private final Clock clock;
    private final int minimumThemeDays;

    Certificates(
            MeetingRepository meetings,
            Rostering knowledge,
            Clock clock,
            @Value("${partnerships.certificates.minimum-theme-days:4}") int minimumThemeDays) {
        if (minimumThemeDays < 1) {
            throw new IllegalStateException("partnerships.certificates.minimum-theme-days must be at least 1");
        }
        this.meetings = meetings;
        this.knowledge = knowledge;
        this.clock = clock;
        this.minimumThemeDays = minimumThemeDays;
    }

    public Certificate of(Caller caller, String programmeId, String participantId) {
        List<Meeting> heldThemeDays = meetings.ofProgramme(programmeId, MEETINGS_READ).stream()
                .filter(m -> m.kind() == MeetingKind.THEME_DAY && m.status() == MeetingStatus.HELD)
                .sorted(Comparator.comparing(Meeting::heldOn))
                .toList();
        SignUp signUp = heldThemeDays.stream()
                .flatMap(m -> m.signUps().stream())
                .filter(s -> s.participantId().equals(participantId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
        caller.requireActFor(signUp.municipalityCode(), "Participant", participantId);

        List<Meeting> attended = heldThemeDays.stream()
                .filter(m -> m.attendees().contains(participantId))
                .toList();
        if (attended.size() < minimumThemeDays) {
            throw new RuleViolationException(
                    "too-few-theme-days",
                    "A certificate needs at least " + minimumThemeDays + " theme days attended; " + signUp.name()
                            + " came to " + attended.size());
        }
        // Of the theme days held by the networks they were signed up with (one, unless they moved)
        Set<String> networks = heldThemeDays.stream()
                .filter(m ->
                        m.signUps().stream().anyMatch(s -> s.participantId().equals(participantId)))
                .map(Meeting::networkId)
                .collect(Collectors.toSet());
        int themeDays = (int) heldThemeDays.stream()
                .filter(m -> networks.contains(m.networkId()))
                .count();
        ProgrammeView programme = knowledge.programme(programmeId);
        String municipality = knowledge
                .rosterOf(participantId, programmeId, false)
                .map(Roster::municipalityName)
                .orElse(signUp.municipalityCode());
        return new Certificate(
                signUp.name(),
                municipality,
                programme.title(),
                programme.startsOn(),
                programme.endsOn(),
                attended.stream()
                        .map(m -> new Certificate.Day(m.heldOn(), m.title()))
                        .toList(),
                themeDays,
                LocalDate.now(clock));
    }
}

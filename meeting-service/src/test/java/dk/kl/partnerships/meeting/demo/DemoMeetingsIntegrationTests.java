package dk.kl.partnerships.meeting.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import dk.kl.partnerships.meeting.MeetingIntegrationTest;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingKind;
import dk.kl.partnerships.meeting.schedule.MeetingRepository;
import dk.kl.partnerships.meeting.schedule.MeetingStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * With the demo profile an ended programme whose networks and participants are known gets its
 * history: a kick-off and five held theme days per network, with sign-ups and attendance, announced
 * like any meeting; looking again adds nothing.
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "partnerships.demo.poll-interval=1s")
class DemoMeetingsIntegrationTests extends MeetingIntegrationTest {

    private static final List<String> CODES = List.of("306", "316", "320", "326", "329");

    @Autowired
    DemoMeetings demoMeetings;

    @Autowired
    MeetingRepository meetings;

    @Test
    void anEndedProgrammeGetsFiveHeldThemeDaysPerNetworkWithAttendanceOnce() {
        ProgrammePublished programme = RegistrationEvents.partnership(LocalDate.of(2017, 9, 20));
        KafkaProbe.publish(kafka, programme);
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> knowledge.programme(programme.programmeId()) != null);
        List<ParticipantRegistered> participants = new ArrayList<>();
        for (String code : CODES) {
            MunicipalityJoined joined = fixtures.joined(programme, code);
            participants.add(fixtures.registered(joined, ParticipantRole.ADMINISTRATION));
            participants.add(fixtures.registered(joined, ParticipantRole.INSTITUTION_LEADER));
        }
        fixtures.awaitKnown(participants);

        try (KafkaProbe meetingEvents = KafkaProbe.reading(kafka, Topic.MEETINGS.topicName())) {
            NetworkFormed network = fixtures.network(programme, CODES);

            List<Meeting> themeDays = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> meetings.ofNetwork(network.networkId(), 20),
                            found -> found.size() == DemoMeetings.THEME_DAYS);
            assertThat(themeDays).allSatisfy(day -> {
                assertThat(day.kind()).isEqualTo(MeetingKind.THEME_DAY);
                assertThat(day.status()).isEqualTo(MeetingStatus.HELD);
                assertThat(day.heldOn()).isAfter(programme.startsOn()).isBefore(programme.endsOn());
                assertThat(day.confirmed()).hasSize(participants.size());
                assertThat(day.attendees()).isNotEmpty().hasSizeLessThanOrEqualTo(participants.size());
            });
            assertThat(themeDays.stream().map(Meeting::heldOn).distinct()).hasSize(DemoMeetings.THEME_DAYS);
            Map<String, Long> daysAttended = themeDays.stream()
                    .flatMap(day -> day.attendees().stream())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(participants)
                    .as("most come to four or five days, not all")
                    .filteredOn(p -> daysAttended.getOrDefault(p.participantId(), 0L) >= 4)
                    .hasSizeBetween(participants.size() / 2, participants.size() - 1);
            // the kick-off, the theme days and the two open meetings after the programme, stored one after another
            List<Meeting> all = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> meetings.ofProgramme(programme.programmeId(), 20),
                            found -> found.size() == 1 + DemoMeetings.THEME_DAYS + 2);
            assertThat(all)
                    .filteredOn(m -> m.kind() == MeetingKind.KICKOFF)
                    .singleElement()
                    .satisfies(kickOff -> assertThat(kickOff.heldOn()).isEqualTo(programme.startsOn()));
            assertThat(all)
                    .as("the open theme meetings in Roskilde and Billund after the programme")
                    .filteredOn(m -> m.kind() == MeetingKind.OPEN_THEME_MEETING)
                    .extracting(Meeting::heldOn, m -> m.venue().municipalityCode())
                    .containsExactlyInAnyOrder(
                            tuple(LocalDate.of(2019, 10, 30), "265"), tuple(LocalDate.of(2019, 10, 31), "530"));
            assertThat(all)
                    .filteredOn(m -> m.kind() == MeetingKind.OPEN_THEME_MEETING)
                    .allSatisfy(open -> assertThat(open.attendees()).isNotEmpty());

            Set<String> ids = all.stream().map(Meeting::id).collect(Collectors.toSet());
            assertThat(meetingEvents.await(
                            KafkaProbe.ofType(EventType.MEETING_HELD).and(r -> ids.contains(r.key())),
                            ids.size(),
                            Duration.ofSeconds(20)))
                    .hasSize(ids.size());

            assertThat(demoMeetings.load()).as("a second look adds nothing").isZero();
            DemoMeetings afterARestart = new DemoMeetings(knowledge, meetings, clock);
            afterARestart.load(); // a first look only notes what it sees
            assertThat(afterARestart.load())
                    .as("another instance, or the service after a restart, finds the meetings stored")
                    .isZero();
            assertThat(meetings.ofProgramme(programme.programmeId(), 20))
                    .extracting(Meeting::id, Meeting::version)
                    .containsExactlyInAnyOrderElementsOf(
                            all.stream().map(m -> tuple(m.id(), m.version())).toList());
        }
    }

    @Test
    void attendanceFollowsAFixedPatternWhereOneInEightMissesTwoDays() {
        List<Integer> daysAttended = new ArrayList<>();
        for (int participant = 0; participant < 8; participant++) {
            int days = 0;
            for (int day = 0; day < DemoMeetings.THEME_DAYS; day++) {
                days += DemoMeetings.attends(participant, day) ? 1 : 0;
            }
            daysAttended.add(days);
        }
        assertThat(daysAttended).containsExactly(5, 4, 5, 3, 5, 4, 5, 5);
    }

    @Test
    void themeDaysFallOnTuesdaysInsideTheProgrammesPeriod() {
        List<LocalDate> days = DemoMeetings.themeDays(LocalDate.of(2017, 9, 20), LocalDate.of(2019, 9, 18));

        assertThat(days)
                .hasSize(5)
                .isSorted()
                .allSatisfy(day -> assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY))
                .allSatisfy(day ->
                        assertThat(day).isAfter(LocalDate.of(2017, 9, 20)).isBefore(LocalDate.of(2019, 8, 18)));
    }
}

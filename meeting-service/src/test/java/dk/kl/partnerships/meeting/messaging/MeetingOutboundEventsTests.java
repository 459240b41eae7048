package dk.kl.partnerships.meeting.messaging;

import dk.kl.partnerships.kit.test.GoldenSamples;
import dk.kl.partnerships.meeting.schedule.GuestOrganisation;
import dk.kl.partnerships.meeting.schedule.MeetingEvent;
import dk.kl.partnerships.meeting.schedule.MeetingKind;
import dk.kl.partnerships.meeting.schedule.MeetingTime;
import dk.kl.partnerships.meeting.schedule.Venue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event the meeting service publishes goes on the wire exactly as its golden sample. */
class MeetingOutboundEventsTests {

    static final String MEETING = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6";
    static final String PROGRAMME = "3f1c2a9e-6d1b-4c57-9a0e-2b7d8c1e5f40";
    static final String NETWORK = "c0ffee00-1111-4222-8333-444455556666";
    static final Venue SPINDERIHALLERNE = new Venue("Spinderihallerne", "Spinderigade 11E, 7100 Vejle", "630");
    static final String SIGN_UP = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
    static final String PARTICIPANT = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    static final Instant NOW = Instant.parse("2022-01-10T10:00:00Z");

    @Test
    void everyDomainEventIsPublishedAsItsGoldenSample() {
        GoldenSamples.assertPublishedAsGoldenSamples(
                "meeting-service",
                new MeetingOutboundEvents().outboundEvents(),
                List.of(
                        new MeetingEvent.Scheduled(
                                MEETING,
                                PROGRAMME,
                                NETWORK,
                                MeetingKind.THEME_DAY,
                                "Temadag 1: Faglig ledelse",
                                danish(LocalDateTime.of(2022, 3, 8, 9, 0), LocalDateTime.of(2022, 3, 8, 15, 30)),
                                SPINDERIHALLERNE,
                                30,
                                Instant.parse("2022-02-22T22:59:00Z"),
                                null,
                                MEETING + "@partnerships.kl.dk",
                                0,
                                NOW),
                        new MeetingEvent.Rescheduled(
                                MEETING,
                                PROGRAMME,
                                NETWORK,
                                danish(LocalDateTime.of(2022, 3, 15, 9, 0), LocalDateTime.of(2022, 3, 15, 15, 30)),
                                SPINDERIHALLERNE,
                                MEETING + "@partnerships.kl.dk",
                                1,
                                NOW),
                        new MeetingEvent.Cancelled(
                                MEETING,
                                PROGRAMME,
                                NETWORK,
                                "Venue unavailable",
                                MEETING + "@partnerships.kl.dk",
                                2,
                                NOW),
                        new MeetingEvent.Held(
                                "e7f8a9b0-c1d2-4e3f-8a5b-6c7d8e9f0a1b",
                                PROGRAMME,
                                null,
                                MeetingKind.OPEN_THEME_MEETING,
                                "Fagligt temamøde om kvalitet i dagtilbud",
                                LocalDate.of(2019, 10, 31),
                                new BigDecimal("1500.00"),
                                List.of(
                                        new MeetingEvent.Attendees(
                                                "630",
                                                List.of(
                                                        "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                                                        "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
                                                List.of()),
                                        new MeetingEvent.Attendees(
                                                "530",
                                                List.of(
                                                        "f0e1d2c3-b4a5-4968-8776-655443322110",
                                                        "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"),
                                                List.of("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"))),
                                List.of(new MeetingEvent.GuestAttendees(
                                        "0184:12345674",
                                        BKF,
                                        List.of(
                                                "6f5e4d3c-2b1a-4098-8776-5a4b3c2d1e0f",
                                                "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5e"))),
                                Instant.parse("2019-10-31T16:00:00Z")),
                        new MeetingEvent.AttendanceCorrected(
                                "e7f8a9b0-c1d2-4e3f-8a5b-6c7d8e9f0a1b",
                                PROGRAMME,
                                null,
                                MeetingKind.OPEN_THEME_MEETING,
                                "Fagligt temamøde om kvalitet i dagtilbud",
                                LocalDate.of(2019, 10, 31),
                                1,
                                new BigDecimal("1500.00"),
                                List.of(
                                        new MeetingEvent.Attendees(
                                                "630",
                                                List.of(
                                                        "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                                                        "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
                                                List.of()),
                                        new MeetingEvent.Attendees("530", List.of(), List.of())),
                                List.of(new MeetingEvent.GuestAttendees(
                                        "0184:12345674", BKF, List.of("6f5e4d3c-2b1a-4098-8776-5a4b3c2d1e0f"))),
                                "Attendance list from the venue: one participant from 530 did not come",
                                Instant.parse("2019-11-04T09:00:00Z")),
                        new MeetingEvent.SignedUp(MEETING, PROGRAMME, NETWORK, SIGN_UP, PARTICIPANT, "630", 2, NOW),
                        new MeetingEvent.Promoted(MEETING, PROGRAMME, NETWORK, SIGN_UP, PARTICIPANT, "630", NOW),
                        new MeetingEvent.SignUpDropped(
                                MEETING, PROGRAMME, NETWORK, SIGN_UP, PARTICIPANT, "630", true, NOW)));
    }

    private static final GuestOrganisation BKF = new GuestOrganisation(
            "Børne- og Kulturchefforeningen",
            new GuestOrganisation.Address("Vesterbrogade 1", "1620", "København V"),
            "12345674",
            null,
            "Temamøde 2019");

    private static MeetingTime danish(LocalDateTime start, LocalDateTime end) {
        return MeetingTime.of(start, end, null);
    }
}

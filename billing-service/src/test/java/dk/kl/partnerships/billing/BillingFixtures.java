package dk.kl.partnerships.billing;

import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingKind;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.CouncilDecision;
import dk.kl.partnerships.contracts.registration.Instalment;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registration events as billing receives them. */
public final class BillingFixtures {

    public static final String EAN = "5798000012349";

    private BillingFixtures() {
    }

    public static ProgrammePublished partnership(LocalDate startsOn) {
        return new ProgrammePublished(UUID.randomUUID().toString(), ProgrammeKind.PARTNERSHIP,
                "Partnerskab om kvalitet i dagtilbud", "Dagtilbud", startsOn, startsOn.plusYears(2),
                new BigDecimal("110000.00"), "DKK", new BigDecimal("25.00"),
                List.of(new Instalment(0, new BigDecimal("0.50")), new Instalment(12, new BigDecimal("0.50"))),
                List.of("faglig ledelse"), 5, 2, startsOn.minusMonths(4), startsOn.minusMonths(3));
    }

    public static ProgrammePublished network(LocalDate startsOn) {
        return new ProgrammePublished(UUID.randomUUID().toString(), ProgrammeKind.NETWORK,
                "Kommunalt netværk om økonomi og kvalitet i dagtilbud", "Dagtilbud", startsOn, startsOn.plusYears(1),
                new BigDecimal("45000.00"), "DKK", new BigDecimal("25.00"),
                List.of(new Instalment(0, new BigDecimal("1.00"))), List.of("økonomi"), 5, 2, startsOn.minusMonths(4),
                startsOn.minusMonths(3));
    }

    public static MunicipalityJoined joined(ProgrammePublished programme, String municipalityCode, LocalDate joinedOn) {
        return new MunicipalityJoined(UUID.randomUUID().toString(), programme.programmeId(), municipalityCode,
                "Kommune " + municipalityCode, joinedOn, new CouncilDecision(joinedOn.minusDays(1), "26/" + municipalityCode),
                new BillingDetails(EAN, "29189900", "BUV-" + municipalityCode,
                        new PostalAddress("Rådhustorvet 1", "7100", "Vejle", "DK")));
    }

    public static MeetingHeld paidThemeMeeting(String programmeId, Map<String, List<String>> attendance) {
        return new MeetingHeld(UUID.randomUUID().toString(), programmeId, null, MeetingKind.OPEN_THEME_MEETING,
                "Fagligt temamøde om kvalitet i dagtilbud", LocalDate.now(), new BigDecimal("1500.00"), "DKK",
                attendance.entrySet().stream().map(e -> new Attendance(e.getKey(), e.getValue())).toList());
    }

    public static MunicipalityWithdrew withdrew(MunicipalityJoined joined, LocalDate withdrawnOn) {
        return new MunicipalityWithdrew(joined.enrolmentId(), joined.programmeId(), joined.municipalityCode(),
                withdrawnOn, "Council decision");
    }
}

package dk.kl.partnerships.billing;

import dk.kl.partnerships.contracts.meeting.Attendance;
import dk.kl.partnerships.contracts.meeting.MeetingAttendanceCorrected;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingKind;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Meeting events as billing receives them. */
public final class BillingFixtures {

    private BillingFixtures() {}

    public static MeetingHeld paidThemeMeeting(String programmeId, Map<String, List<String>> attendance) {
        return new MeetingHeld(
                UUID.randomUUID().toString(),
                programmeId,
                null,
                MeetingKind.OPEN_THEME_MEETING,
                "Fagligt temamøde om kvalitet i dagtilbud",
                LocalDate.now(BusinessTime.ZONE),
                new BigDecimal("1500.00"),
                "DKK",
                attendance.entrySet().stream()
                        .map(e -> new Attendance(e.getKey(), e.getValue()))
                        .toList());
    }

    /** The whole attendance of a held meeting as corrected in the given revision. */
    public static MeetingAttendanceCorrected corrected(
            MeetingHeld held, int revision, Map<String, List<String>> attendance, String reason) {
        return new MeetingAttendanceCorrected(
                held.meetingId(),
                held.programmeId(),
                held.networkId(),
                held.kind(),
                held.title(),
                held.heldOn(),
                revision,
                held.feePerParticipant(),
                held.currency(),
                attendance.entrySet().stream()
                        .map(e -> new Attendance(e.getKey(), e.getValue()))
                        .toList(),
                reason);
    }
}

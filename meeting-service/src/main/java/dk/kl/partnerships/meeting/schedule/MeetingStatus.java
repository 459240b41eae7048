package dk.kl.partnerships.meeting.schedule;

/** SCHEDULED until it is held (attendance recorded) or cancelled; both are final. */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED,
    HELD
}

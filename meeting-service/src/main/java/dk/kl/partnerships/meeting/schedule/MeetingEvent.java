package dk.kl.partnerships.meeting.schedule;

/** What happens to a meeting that other services need to know; each carries the meeting as changed. */
public sealed interface MeetingEvent {

    Meeting meeting();

    record Scheduled(Meeting meeting) implements MeetingEvent {}

    record Rescheduled(Meeting meeting) implements MeetingEvent {}

    record Cancelled(Meeting meeting) implements MeetingEvent {}

    record Held(Meeting meeting) implements MeetingEvent {}

    /** {@code waitingPosition} is empty for a confirmed seat. */
    record SignedUp(Meeting meeting, SignUp signUp, Integer waitingPosition) implements MeetingEvent {}

    record Promoted(Meeting meeting, SignUp signUp) implements MeetingEvent {}

    record SignUpDropped(Meeting meeting, SignUp signUp, boolean hadSeat) implements MeetingEvent {}
}

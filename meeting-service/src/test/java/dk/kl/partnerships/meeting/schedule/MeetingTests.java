package dk.kl.partnerships.meeting.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.meeting.registration.Person;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTests {

    private static final LocalDateTime START = LocalDateTime.of(2031, 3, 4, 9, 0);
    private static final MeetingTime TIME = MeetingTime.of(START, START.plusHours(6), null);
    private static final Instant BEFORE = TIME.startsAt().minus(Duration.ofDays(10));
    private static final Instant DEADLINE = TIME.startsAt().minus(Duration.ofDays(7));

    @Test
    void aMeetingCannotBePlannedInThePastOrWithADeadlineAfterItsStart() {
        assertThatThrownBy(() -> Meeting.schedule(
                        "m",
                        "p",
                        "n",
                        MeetingKind.THEME_DAY,
                        details(10, null),
                        TIME.startsAt().plusSeconds(1)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("startsAt"));
        MeetingDetails lateDeadline =
                new MeetingDetails("Temadag", TIME, venue(), 10, TIME.startsAt().plusSeconds(60), List.of(), null);
        assertThatThrownBy(() -> Meeting.schedule("m", "p", "n", MeetingKind.THEME_DAY, lateDeadline, BEFORE))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("signUpDeadline"));
    }

    @Test
    void onlyOpenThemeMeetingsChargeAndOnlyNetworkMeetingsHaveANetwork() {
        assertThatThrownBy(() -> Meeting.schedule(
                        "m", "p", "n", MeetingKind.THEME_DAY, details(10, new BigDecimal("100.00")), BEFORE))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Meeting.schedule("m", "p", null, MeetingKind.THEME_DAY, details(10, null), BEFORE))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> Meeting.schedule("m", "p", "n", MeetingKind.KICKOFF, details(10, null), BEFORE))
                .isInstanceOf(InvalidFieldException.class);
        Meeting open = Meeting.schedule(
                "m", "p", null, MeetingKind.OPEN_THEME_MEETING, details(10, new BigDecimal("1500")), BEFORE);
        assertThat(open.feePerParticipant()).isEqualTo("1500.00");
    }

    @Test
    void seatsGoInOrderAndFreedOrAddedSeatsGoToTheFirstWaiting() {
        Meeting meeting = Meeting.schedule("m", "p", "n", MeetingKind.THEME_DAY, details(2, null), BEFORE);
        for (int i = 1; i <= 5; i++) {
            meeting.signUp("s" + i, person("p" + i, false), "101", false, BEFORE);
        }
        assertThat(meeting.confirmed()).extracting(SignUp::id).containsExactly("s1", "s2");
        assertThat(meeting.waiting()).extracting(SignUp::id).containsExactly("s3", "s4", "s5");
        assertThat(meeting.waitingPosition("s4")).contains(2);

        meeting.cancelSignUp("s1", false, BEFORE);
        assertThat(meeting.confirmed()).extracting(SignUp::id).containsExactlyInAnyOrder("s2", "s3");
        meeting.revise(details(4, null), BEFORE);
        assertThat(meeting.confirmed()).extracting(SignUp::id).containsExactlyInAnyOrder("s2", "s3", "s4", "s5");
        assertThat(meeting.waiting()).isEmpty();
        assertThatThrownBy(() -> meeting.revise(details(3, null), BEFORE)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void politiciansComeOnlyWhereWelcomeAndNobodyTwice() {
        Meeting themeDay = Meeting.schedule("m", "p", "n", MeetingKind.THEME_DAY, details(5, null), BEFORE);
        assertThatThrownBy(() -> themeDay.signUp("s1", person("mayor", true), "101", true, BEFORE))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("politicians-not-welcome"));
        Meeting seminar =
                Meeting.schedule("m2", "p", null, MeetingKind.CROSS_NETWORK_SEMINAR, details(5, null), BEFORE);
        seminar.signUp("s1", person("mayor", true), "101", false, BEFORE);
        assertThatThrownBy(() -> seminar.signUp("s2", person("mayor", true), "101", false, BEFORE))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void afterTheDeadlineOnlyKlChangesSignUpsAndAfterTheStartNobodySignsUp() {
        Meeting meeting = Meeting.schedule("m", "p", "n", MeetingKind.THEME_DAY, details(5, null), BEFORE);
        Instant afterDeadline = DEADLINE.plusSeconds(1);
        assertThatThrownBy(() -> meeting.signUp("s1", person("a", false), "101", false, afterDeadline))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("sign-up-deadline-passed"));
        meeting.signUp("s1", person("a", false), "101", true, afterDeadline);
        assertThatThrownBy(() -> meeting.signUp("s2", person("b", false), "101", true, TIME.startsAt()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("meeting-started"));
    }

    @Test
    void aHeldMeetingNeverChanges() {
        Meeting meeting = Meeting.schedule("m", "p", "n", MeetingKind.THEME_DAY, details(5, null), BEFORE);
        meeting.signUp("s1", person("a", false), "101", false, BEFORE);
        meeting.recordAttendance(List.of("a"), List.of(), TIME.endsAt());
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.attendees()).containsExactly("a");
        assertThatThrownBy(() -> meeting.revise(details(5, null), TIME.endsAt()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> meeting.cancel("late", TIME.endsAt())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> meeting.recordAttendance(List.of(), List.of(), TIME.endsAt()))
                .isInstanceOf(ConflictException.class);
        assertThat(meeting.cancelSignUpsWhere(s -> true, BEFORE)).isFalse();
    }

    private static MeetingDetails details(int capacity, BigDecimal fee) {
        return new MeetingDetails("Temadag", TIME, venue(), capacity, DEADLINE, List.of(), fee);
    }

    private static Venue venue() {
        return new Venue("Rådhuset", "Torvet 1", "101");
    }

    private static Person person(String id, boolean politician) {
        return new Person(id, "Navn " + id, id + "@kommune.dk", politician);
    }
}

package dk.kl.partnerships.notification.reminder;

/** The scheduled messages: each kind has one {@link ReminderHandler} that sends it when it falls due. */
public enum ReminderKind {
    INTEREST_DEADLINE,
    APPROVAL_DEADLINE,
    MEETING,
    SELF_EVALUATION_CHASER,
    SELF_EVALUATION_OVERDUE
}

package dk.kl.partnerships.notification.reminder;

/**
 * Sends the messages of a reminder that fell due, to whoever they still concern — nobody, if what
 * they were about has already happened. Run again after a crash, it must not send anything twice
 * (the messages' identities see to that).
 */
public interface ReminderHandler {

    ReminderKind kind();

    void remind(Reminder reminder);
}

package dk.kl.partnerships.notification.registration;

import dk.kl.partnerships.notification.mail.Letter;
import dk.kl.partnerships.notification.mail.MailKind;
import dk.kl.partnerships.notification.mail.Mailbox;
import dk.kl.partnerships.notification.mail.Recipient;
import dk.kl.partnerships.notification.reminder.Cadence;
import dk.kl.partnerships.notification.reminder.ReminderKind;
import dk.kl.partnerships.notification.reminder.ReminderSettings;
import dk.kl.partnerships.notification.reminder.Reminders;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A programme's invitation to every municipality — "whether or not you wish to take part" by the
 * interest deadline — and the reminders before its deadlines, scheduled when it is published.
 */
@Service
public class Inviting {

    static String interestThread(String programmeId) {
        return "interest:" + programmeId;
    }

    static String approvalThread(String programmeId) {
        return "approval:" + programmeId;
    }

    private final ProgrammeViewRepository programmes;
    private final AnswerRepository answers;
    private final ContactKeeping contacts;
    private final Mailbox mailbox;
    private final Reminders reminders;
    private final ReminderSettings settings;
    private final Clock clock;

    Inviting(
            ProgrammeViewRepository programmes,
            AnswerRepository answers,
            ContactKeeping contacts,
            Mailbox mailbox,
            Reminders reminders,
            ReminderSettings settings,
            Clock clock) {
        this.programmes = programmes;
        this.answers = answers;
        this.contacts = contacts;
        this.mailbox = mailbox;
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    public void published(ProgrammeView programme) {
        programmes.save(programme);
        for (MunicipalityContacts municipality : contacts.all()) {
            for (Recipient recipient : municipality.leadership()) {
                mailbox.post(new Letter(
                        MailKind.INVITATION,
                        programme.id(),
                        interestThread(programme.id()),
                        recipient,
                        model(programme, municipality)));
            }
        }
        schedule(
                ReminderKind.INTEREST_DEADLINE,
                programme.id(),
                programme.interestDeadline(),
                settings.interestDeadline());
        schedule(
                ReminderKind.APPROVAL_DEADLINE,
                programme.id(),
                programme.approvalDeadline(),
                settings.approvalDeadline());
    }

    private void schedule(ReminderKind kind, String programmeId, LocalDate deadline, Cadence cadence) {
        List<java.time.Duration> offsets = cadence.offsets();
        for (int i = 0; i < offsets.size(); i++) {
            reminders.schedule(
                    kind,
                    programmeId,
                    i + 1,
                    Cadence.before(deadline, offsets.get(i), settings.timeOfDay(), clock.getZone()));
        }
    }

    public void completed(String programmeId) {
        programmes.findById(programmeId).ifPresent(p -> programmes.save(p.asCompleted()));
        reminders.cancel(ReminderKind.INTEREST_DEADLINE, programmeId);
        reminders.cancel(ReminderKind.APPROVAL_DEADLINE, programmeId);
    }

    public void interestDeclared(String programmeId, String municipalityCode, boolean interested) {
        advance(programmeId, municipalityCode, interested ? Answer.Stage.INTERESTED : Answer.Stage.DECLINED);
    }

    public void joined(String programmeId, String municipalityCode) {
        advance(programmeId, municipalityCode, Answer.Stage.JOINED);
    }

    public void withdrew(String programmeId, String municipalityCode) {
        advance(programmeId, municipalityCode, Answer.Stage.WITHDREW);
    }

    private void advance(String programmeId, String municipalityCode, Answer.Stage stage) {
        String id = Answer.id(programmeId, municipalityCode);
        Answer.Stage next = answers.findById(id).map(a -> a.stage().then(stage)).orElse(stage);
        answers.save(new Answer(id, programmeId, municipalityCode, next));
    }

    static Map<String, Object> model(ProgrammeView programme, MunicipalityContacts municipality) {
        return Map.of("programme", programme.model(), "municipality", municipality.model());
    }
}

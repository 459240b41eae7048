package dk.kl.partnerships.notification.evaluation;

import dk.kl.partnerships.notification.mail.Letter;
import dk.kl.partnerships.notification.mail.MailKind;
import dk.kl.partnerships.notification.mail.Mailbox;
import dk.kl.partnerships.notification.mail.Recipient;
import dk.kl.partnerships.notification.registration.ContactKeeping;
import dk.kl.partnerships.notification.registration.MunicipalityContacts;
import dk.kl.partnerships.notification.registration.ProgrammeViewRepository;
import dk.kl.partnerships.notification.reminder.Cadence;
import dk.kl.partnerships.notification.reminder.Reminder;
import dk.kl.partnerships.notification.reminder.ReminderHandler;
import dk.kl.partnerships.notification.reminder.ReminderKind;
import dk.kl.partnerships.notification.reminder.ReminderSettings;
import dk.kl.partnerships.notification.reminder.Reminders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * The mandatory self-evaluation: the request to the municipality's coordinator, chasers before
 * and after the due date (at most so many, never two too close together) and, when it is overdue
 * for long, an escalation. Nothing more once it is submitted.
 */
@Service
public class SelfEvaluationNotifying {

    private static final Set<MailKind> THREAD =
            EnumSet.of(MailKind.SELF_EVALUATION_REQUESTED, MailKind.SELF_EVALUATION_CHASER);

    private final SelfEvaluationViewRepository evaluations;
    private final ProgrammeViewRepository programmes;
    private final ContactKeeping contacts;
    private final Mailbox mailbox;
    private final Reminders reminders;
    private final ReminderSettings settings;
    private final Clock clock;

    SelfEvaluationNotifying(
            SelfEvaluationViewRepository evaluations,
            ProgrammeViewRepository programmes,
            ContactKeeping contacts,
            Mailbox mailbox,
            Reminders reminders,
            ReminderSettings settings,
            Clock clock) {
        this.evaluations = evaluations;
        this.programmes = programmes;
        this.contacts = contacts;
        this.mailbox = mailbox;
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    public void requested(
            String selfEvaluationId, String programmeId, String municipalityCode, String round, LocalDate dueOn) {
        if (evaluations.existsById(selfEvaluationId)) {
            return;
        }
        SelfEvaluationView evaluation =
                new SelfEvaluationView(selfEvaluationId, programmeId, municipalityCode, round, dueOn, false);
        evaluations.save(evaluation);
        send(MailKind.SELF_EVALUATION_REQUESTED, selfEvaluationId, evaluation, null);
        List<Duration> offsets = settings.selfEvaluation().offsets();
        for (int i = 0; i < offsets.size(); i++) {
            reminders.schedule(
                    ReminderKind.SELF_EVALUATION_CHASER,
                    selfEvaluationId,
                    i + 1,
                    Cadence.before(dueOn, offsets.get(i), settings.timeOfDay(), clock.getZone()));
        }
        reminders.schedule(
                ReminderKind.SELF_EVALUATION_OVERDUE,
                selfEvaluationId,
                1,
                Cadence.before(
                        dueOn, settings.selfEvaluationOverdue().negated(), settings.timeOfDay(), clock.getZone()));
    }

    public void submitted(String selfEvaluationId) {
        evaluations.findById(selfEvaluationId).ifPresent(e -> evaluations.save(e.submittedNow()));
        reminders.cancel(ReminderKind.SELF_EVALUATION_CHASER, selfEvaluationId);
        reminders.cancel(ReminderKind.SELF_EVALUATION_OVERDUE, selfEvaluationId);
    }

    @Bean
    ReminderHandler selfEvaluationChasers() {
        return new Handler(ReminderKind.SELF_EVALUATION_CHASER, this::chase);
    }

    @Bean
    ReminderHandler selfEvaluationEscalations() {
        return new Handler(ReminderKind.SELF_EVALUATION_OVERDUE, this::escalate);
    }

    private void chase(Reminder reminder) {
        outstanding(reminder, MailKind.SELF_EVALUATION_CHASER).ifPresent(evaluation -> {
            Optional<Recipient> coordinator = coordinatorOf(evaluation);
            Instant now = clock.instant();
            if (coordinator.isPresent()
                    && !settings.selfEvaluation()
                            .allows(
                                    mailbox.history(
                                            thread(evaluation.id()),
                                            coordinator.get().email(),
                                            THREAD),
                                    Set.of(MailKind.SELF_EVALUATION_CHASER),
                                    now)) {
                mailbox.notNeeded(MailKind.SELF_EVALUATION_CHASER, reminder.id(), "too soon, or enough chasers");
                return;
            }
            send(MailKind.SELF_EVALUATION_CHASER, reminder.id(), evaluation, now);
        });
    }

    private void escalate(Reminder reminder) {
        outstanding(reminder, MailKind.SELF_EVALUATION_OVERDUE)
                .ifPresent(evaluation ->
                        send(MailKind.SELF_EVALUATION_OVERDUE, reminder.id(), evaluation, clock.instant()));
    }

    private Optional<SelfEvaluationView> outstanding(Reminder reminder, MailKind kind) {
        Optional<SelfEvaluationView> evaluation =
                evaluations.findById(reminder.subjectId()).filter(e -> !e.submitted());
        if (evaluation.isEmpty()) {
            mailbox.notNeeded(kind, reminder.id(), "submitted already");
        }
        return evaluation;
    }

    private void send(MailKind kind, String cause, SelfEvaluationView evaluation, Instant now) {
        Optional<MunicipalityContacts> municipality = contacts.of(evaluation.municipalityCode());
        Optional<Recipient> coordinator = municipality.map(MunicipalityContacts::coordinator);
        if (coordinator.isEmpty()) {
            mailbox.notNeeded(kind, cause, "the municipality has no coordinator's address");
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("evaluation", evaluation.model());
        model.put("municipality", municipality.get().model());
        programmes.findById(evaluation.programmeId()).ifPresent(p -> model.put("programme", p.model()));
        LocalDate today =
                (now == null ? clock.instant() : now).atZone(clock.getZone()).toLocalDate();
        model.put("overdue", today.isAfter(evaluation.dueOn()));
        model.put("daysOverdue", Math.max(0, evaluation.dueOn().until(today).getDays()));
        mailbox.post(new Letter(kind, cause, thread(evaluation.id()), coordinator.get(), model));
    }

    private Optional<Recipient> coordinatorOf(SelfEvaluationView evaluation) {
        return contacts.of(evaluation.municipalityCode()).map(MunicipalityContacts::coordinator);
    }

    private static String thread(String selfEvaluationId) {
        return "self-evaluation:" + selfEvaluationId;
    }

    private record Handler(ReminderKind kind, java.util.function.Consumer<Reminder> action) implements ReminderHandler {
        @Override
        public void remind(Reminder reminder) {
            action.accept(reminder);
        }
    }
}

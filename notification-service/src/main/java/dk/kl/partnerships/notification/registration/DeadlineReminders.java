package dk.kl.partnerships.notification.registration;

import dk.kl.partnerships.notification.mail.Letter;
import dk.kl.partnerships.notification.mail.MailKind;
import dk.kl.partnerships.notification.mail.Mailbox;
import dk.kl.partnerships.notification.mail.Recipient;
import dk.kl.partnerships.notification.reminder.Cadence;
import dk.kl.partnerships.notification.reminder.Reminder;
import dk.kl.partnerships.notification.reminder.ReminderHandler;
import dk.kl.partnerships.notification.reminder.ReminderKind;
import dk.kl.partnerships.notification.reminder.ReminderSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminders before a programme's deadlines. Before the interest deadline: every municipality
 * that has not answered yet. Before the approval deadline: those that said yes but whose council's
 * approval is not recorded. A municipality that answered, joined or withdrew in the meantime gets
 * nothing; after the deadline nobody does.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineReminders {

    @Bean
    ReminderHandler interestDeadlineReminders(
            ProgrammeViewRepository programmes,
            AnswerRepository answers,
            ContactKeeping contacts,
            Mailbox mailbox,
            ReminderSettings settings,
            Clock clock) {
        return new Handler(
                ReminderKind.INTEREST_DEADLINE,
                MailKind.INTEREST_REMINDER,
                EnumSet.of(MailKind.INVITATION, MailKind.INTEREST_REMINDER),
                ProgrammeView::interestDeadline,
                Inviting::interestThread,
                answer -> answer == null,
                settings.interestDeadline(),
                programmes,
                answers,
                contacts,
                mailbox,
                clock);
    }

    @Bean
    ReminderHandler approvalDeadlineReminders(
            ProgrammeViewRepository programmes,
            AnswerRepository answers,
            ContactKeeping contacts,
            Mailbox mailbox,
            ReminderSettings settings,
            Clock clock) {
        return new Handler(
                ReminderKind.APPROVAL_DEADLINE,
                MailKind.APPROVAL_REMINDER,
                EnumSet.of(MailKind.APPROVAL_REMINDER),
                ProgrammeView::approvalDeadline,
                Inviting::approvalThread,
                answer -> answer != null && answer.stage() == Answer.Stage.INTERESTED,
                settings.approvalDeadline(),
                programmes,
                answers,
                contacts,
                mailbox,
                clock);
    }

    record Handler(
            ReminderKind kind,
            MailKind mail,
            Set<MailKind> thread,
            Function<ProgrammeView, LocalDate> deadline,
            Function<String, String> threadOf,
            java.util.function.Predicate<Answer> concerns,
            Cadence cadence,
            ProgrammeViewRepository programmes,
            AnswerRepository answers,
            ContactKeeping contacts,
            Mailbox mailbox,
            Clock clock)
            implements ReminderHandler {

        @Override
        public void remind(Reminder reminder) {
            ProgrammeView programme = programmes.findById(reminder.subjectId()).orElse(null);
            Instant now = clock.instant();
            if (programme == null
                    || programme.completed()
                    || !now.isBefore(Cadence.endOf(deadline.apply(programme), clock.getZone()))) {
                mailbox.notNeeded(mail, reminder.id(), "the programme is unknown, completed or past the deadline");
                return;
            }
            Map<String, Answer> byMunicipality = answers.findByProgrammeId(programme.id()).stream()
                    .collect(Collectors.toMap(Answer::municipalityCode, Function.identity()));
            String threadId = threadOf.apply(programme.id());
            for (MunicipalityContacts municipality : contacts.all()) {
                if (!concerns.test(byMunicipality.get(municipality.code()))) {
                    continue;
                }
                List<Recipient> recipients = municipality.leadership();
                for (Recipient recipient : recipients) {
                    if (!cadence.allows(mailbox.history(threadId, recipient.email(), thread), Set.of(mail), now)) {
                        mailbox.notNeeded(mail, reminder.id(), "too soon after the last message, or enough reminders");
                        continue;
                    }
                    mailbox.post(new Letter(
                            mail, reminder.id(), threadId, recipient, Inviting.model(programme, municipality)));
                }
            }
        }
    }
}

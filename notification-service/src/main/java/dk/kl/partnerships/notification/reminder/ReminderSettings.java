package dk.kl.partnerships.notification.reminder;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders are sent ({@code partnerships.notifications.reminders.*}); the defaults are in
 * {@code application.yml}.
 *
 * @param timeOfDay reminders about a deadline day go out at this local time
 * @param interestDeadline before the interest deadline, to municipalities that have not answered
 * @param approvalDeadline before the approval deadline, to municipalities that said yes but have not joined
 * @param meeting before a meeting starts, to the participants with a seat
 * @param selfEvaluation before and after a self-evaluation's due date, while it is not submitted
 * @param selfEvaluationOverdue how long after the due date the coordinator is told it is overdue
 */
@ConfigurationProperties("partnerships.notifications.reminders")
public record ReminderSettings(
        LocalTime timeOfDay,
        Cadence interestDeadline,
        Cadence approvalDeadline,
        Cadence meeting,
        Cadence selfEvaluation,
        Duration selfEvaluationOverdue) {}

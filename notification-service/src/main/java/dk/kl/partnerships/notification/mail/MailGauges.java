package dk.kl.partnerships.notification.mail;

import dk.kl.partnerships.kit.metrics.StateGauges;
import java.util.Arrays;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The stored messages by status: waiting, sent, suppressed, failed, uncertain. */
@Component
class MailGauges {

    MailGauges(StateGauges gauges) {
        gauges.countBy(
                "partnerships.notifications.mails",
                "Stored e-mails by status",
                Mail.COLLECTION,
                new Document(),
                "status",
                "status",
                Arrays.stream(MailStatus.values()).map(Enum::name).toList());
    }
}

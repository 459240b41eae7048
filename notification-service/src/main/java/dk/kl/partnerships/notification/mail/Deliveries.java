package dk.kl.partnerships.notification.mail;

import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** For KL's operators: the messages that did not go out, and sending one again. */
@Service
public class Deliveries {

    private final MailQueue queue;
    private final Clock clock;

    Deliveries(MailQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    public List<Mail> page(MailStatus status, int page, int size) {
        return queue.page(status, page * size, size);
    }

    public long count(MailStatus status) {
        return queue.count(status);
    }

    public void resend(String id) {
        Mail mail = queue.find(id).orElseThrow(() -> new NotFoundException("Message", id));
        if (!queue.resend(id, clock.instant())) {
            throw new ConflictException(
                    "Only a failed or uncertain message can be sent again",
                    mail.status().name());
        }
    }
}

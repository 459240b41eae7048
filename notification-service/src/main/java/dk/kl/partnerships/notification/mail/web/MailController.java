package dk.kl.partnerships.notification.mail.web;

import dk.kl.partnerships.kit.web.PageResponse;
import dk.kl.partnerships.notification.mail.Deliveries;
import dk.kl.partnerships.notification.mail.Mail;
import dk.kl.partnerships.notification.mail.MailStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** KL's view of the messages: by status (the failed and uncertain ones above all), and resending one. */
@RestController
@Validated
@PreAuthorize("hasRole('KL_ADMIN')")
class MailController {

    private final Deliveries deliveries;

    MailController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/notifications")
    PageResponse<MailResponse> list(
            @RequestParam MailStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        long total = deliveries.count(status);
        return new PageResponse<>(
                deliveries.page(status, page, size).stream()
                        .map(MailResponse::of)
                        .toList(),
                page,
                size,
                total,
                (int) ((total + size - 1) / size));
    }

    @PostMapping("/api/notifications/{id}/resend")
    ResponseEntity<Void> resend(@PathVariable String id) {
        deliveries.resend(id);
        return ResponseEntity.accepted().build();
    }

    record MailResponse(
            String id,
            String kind,
            String to,
            String subject,
            String status,
            String note,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            String messageId) {

        static MailResponse of(Mail mail) {
            return new MailResponse(
                    mail.id(),
                    mail.kind().name(),
                    mail.to().email(),
                    mail.subject(),
                    mail.status().name(),
                    mail.note(),
                    mail.attempts(),
                    mail.createdAt(),
                    mail.sentAt(),
                    mail.messageId());
        }
    }
}

package dk.kl.partnerships.notification.registration;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What the messages say of a programme. */
@Document("programmes")
public record ProgrammeView(
        @Id String id,
        String kind,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate interestDeadline,
        LocalDate approvalDeadline,
        boolean completed) {

    /** The programme as the templates see it ({@code ${programme.title}}, ...). */
    public Map<String, Object> model() {
        return Map.of(
                "id", id,
                "kind", kind,
                "partnership", "PARTNERSHIP".equals(kind),
                "title", title,
                "startsOn", startsOn,
                "endsOn", endsOn,
                "interestDeadline", interestDeadline,
                "approvalDeadline", approvalDeadline);
    }

    ProgrammeView asCompleted() {
        return new ProgrammeView(id, kind, title, startsOn, endsOn, interestDeadline, approvalDeadline, true);
    }
}

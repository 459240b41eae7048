package dk.kl.partnerships.evaluation.registration;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A programme as evaluation knows it from registration's events, with the quality framework its
 * municipalities evaluate themselves against.
 */
@Document("programmes")
public record ProgrammeView(
        @Id String id,
        String kind,
        String title,
        String theme,
        LocalDate startsOn,
        LocalDate endsOn,
        String frameworkKey,
        LocalDate completedOn) {

    ProgrammeView completed(LocalDate on) {
        return new ProgrammeView(id, kind, title, theme, startsOn, endsOn, frameworkKey, on);
    }

    ProgrammeView evaluatedAgainst(String key) {
        return new ProgrammeView(id, kind, title, theme, startsOn, endsOn, key, completedOn);
    }
}

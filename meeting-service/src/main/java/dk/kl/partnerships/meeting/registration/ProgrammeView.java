package dk.kl.partnerships.meeting.registration;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A published programme as the meeting service knows it. */
@Document("programmes")
public record ProgrammeView(
        @Id String id, String kind, String title, LocalDate startsOn, LocalDate endsOn, boolean completed) {}

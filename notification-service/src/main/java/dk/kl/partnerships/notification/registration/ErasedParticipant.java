package dk.kl.partnerships.notification.registration;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A participant whose personal data was erased: only the id is kept, so that a late or repeated
 * event about them neither brings the address back nor waits for a participant who will never come.
 */
@Document("erased_participants")
public record ErasedParticipant(@Id String id, Instant erasedAt) {}

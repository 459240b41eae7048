package dk.kl.partnerships.meeting.registration;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A confirmed network: the municipalities that meet on its theme days and visits, as of the
 * programme's networks' {@code revision} (0 as formed), so that an older fact never overwrites a newer.
 */
@Document("networks")
public record NetworkView(
        @Id String id, @Indexed String programmeId, String name, List<String> municipalityCodes, int revision) {}

package dk.kl.partnerships.evaluation.registration;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A network of a programme: the municipalities that compare themselves with each other first, as
 * of the programme's network revision (0 when formed, higher after each change).
 */
@Document("networks")
@CompoundIndex(name = "by_programme_and_member", def = "{'programmeId': 1, 'municipalityCodes': 1}")
public record NetworkView(
        @Id String id, String programmeId, String name, List<String> municipalityCodes, int revision) {}

package dk.kl.partnerships.registration.network;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The networks of one programme, confirmed together by KL: every joined municipality in exactly
 * one, each within the programme's size bounds (widened where no split fits them, as
 * {@link NetworkSizes} says). Stored as one document whose id is the
 * programme's, so a programme's networks are formed once.
 */
@Document("networks")
public class ProgrammeNetworks extends AggregateRoot<NetworkEvent> {

    @Id
    private final String programmeId;

    private final List<Network> networks;
    private final Instant formedAt;

    @Version
    private Long version;

    @PersistenceCreator
    ProgrammeNetworks(String programmeId, List<Network> networks, Instant formedAt, Long version) {
        this.programmeId = programmeId;
        this.networks = List.copyOf(networks);
        this.formedAt = formedAt;
        this.version = version;
    }

    /**
     * Forms the networks as KL confirmed or edited them.
     *
     * @param joined      the codes of the programme's joined municipalities
     * @param focusAreasOf the ranked focus areas of each joined municipality
     */
    public static ProgrammeNetworks form(
            String programmeId,
            List<NetworkDraft> drafts,
            Set<String> joined,
            Function<String, List<String>> focusAreasOf,
            int minSize,
            int maxSize,
            Function<Integer, String> newId,
            Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> names = new HashSet<>();
        boolean tooFewForBounds = joined.size() < minSize;
        NetworkSizes sizes = NetworkSizes.of(joined.size(), minSize, maxSize);
        for (int i = 0; i < drafts.size(); i++) {
            NetworkDraft draft = drafts.get(i);
            String field = "networks[" + i + "]";
            if (!names.add(draft.name())) {
                problems.add(new FieldProblem(field + ".name", "is used by another network"));
            }
            int size = draft.municipalityCodes().size();
            if (!tooFewForBounds && !sizes.allows(size)) {
                problems.add(new FieldProblem(
                        field + ".municipalityCodes",
                        "must hold " + sizes.smallest() + " to " + sizes.largest() + " municipalities, not " + size));
            }
            for (String code : draft.municipalityCodes()) {
                if (!joined.contains(code)) {
                    problems.add(
                            new FieldProblem(field + ".municipalityCodes", code + " has not joined the programme"));
                } else if (!placed.add(code)) {
                    problems.add(new FieldProblem(field + ".municipalityCodes", code + " is in more than one network"));
                }
            }
        }
        if (tooFewForBounds && drafts.size() > 1) {
            problems.add(new FieldProblem(
                    "networks", "only " + joined.size() + " municipalities have joined: form one network"));
        }
        Set<String> unplaced = new HashSet<>(joined);
        unplaced.removeAll(placed);
        if (!unplaced.isEmpty()) {
            problems.add(new FieldProblem(
                    "networks",
                    "every joined municipality needs a network; missing "
                            + unplaced.stream().sorted().toList()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        List<Network> networks = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            NetworkDraft draft = drafts.get(i);
            List<String> focusAreas =
                    draft.focusAreas() != null && !draft.focusAreas().isEmpty()
                            ? draft.focusAreas()
                            : NetworkProposer.sharedFocusAreas(draft.municipalityCodes().stream()
                                    .map(code -> new NetworkCandidate(code, code, "", "", focusAreasOf.apply(code)))
                                    .toList());
            networks.add(new Network(newId.apply(i), draft.name(), draft.municipalityCodes(), focusAreas));
        }
        ProgrammeNetworks formed = new ProgrammeNetworks(programmeId, networks, now, null);
        networks.forEach(network -> formed.record(new NetworkEvent.Formed(programmeId, network, now)));
        return formed;
    }

    public String programmeId() {
        return programmeId;
    }

    public List<Network> networks() {
        return networks;
    }

    public Instant formedAt() {
        return formedAt;
    }

    /** A network as KL wants it: a name, its members and, optionally, its focus areas. */
    public record NetworkDraft(String name, List<String> municipalityCodes, List<String> focusAreas) {

        public NetworkDraft {
            municipalityCodes = List.copyOf(municipalityCodes);
            focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        }
    }
}

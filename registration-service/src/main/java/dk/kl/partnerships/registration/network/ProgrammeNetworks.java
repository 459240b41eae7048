package dk.kl.partnerships.registration.network;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
 * programme's, so a programme's networks are formed once. After that KL may add, move and remove
 * members, each change within the sizes and counted in {@link #revision()}.
 */
@Document("networks")
public class ProgrammeNetworks extends AggregateRoot<NetworkEvent> {

    @Id
    private final String programmeId;

    private List<Network> networks;
    private final Instant formedAt;
    /** 0 as formed; one more with each change of members. */
    private int revision;

    @Version
    private Long version;

    @PersistenceCreator
    ProgrammeNetworks(String programmeId, List<Network> networks, Instant formedAt, int revision, Long version) {
        this.programmeId = programmeId;
        this.networks = List.copyOf(networks);
        this.formedAt = formedAt;
        this.revision = revision;
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
        ProgrammeNetworks formed = new ProgrammeNetworks(programmeId, networks, now, 0, null);
        networks.forEach(network -> formed.record(new NetworkEvent.Formed(programmeId, network, now)));
        return formed;
    }

    /**
     * Places a joined municipality that is in no network into one.
     *
     * @param sizes the sizes the networks may have with the municipality counted
     */
    void add(String code, String networkId, String reason, NetworkSizes sizes, Instant now) {
        networkOf(code).ifPresent(current -> {
            throw new RuleViolationException(
                    "already-in-network", code + " is already in network " + current.name() + ": move it instead");
        });
        Network to = network(networkId);
        refuseOutside(sizes, to, to.size() + 1);
        change(new NetworkChange(NetworkChange.Kind.ADDED, code, null, networkId, reason), now, to.with(code));
    }

    /** Moves a member to another network of the programme. */
    void move(String code, String networkId, String reason, NetworkSizes sizes, Instant now) {
        Network from = memberNetwork(code);
        Network to = network(networkId);
        if (from.id().equals(to.id())) {
            throw new RuleViolationException("same-network", code + " is already in network " + to.name());
        }
        refuseOutside(sizes, from, from.size() - 1);
        refuseOutside(sizes, to, to.size() + 1);
        change(
                new NetworkChange(NetworkChange.Kind.MOVED, code, from.id(), to.id(), reason),
                now,
                from.without(code),
                to.with(code));
    }

    /** Takes a member out of its network, leaving it in none. */
    void remove(String code, String networkId, String reason, NetworkSizes sizes, Instant now) {
        Network from = network(networkId);
        if (!from.has(code)) {
            throw new RuleViolationException("not-in-network", code + " is not in network " + from.name());
        }
        refuseOutside(sizes, from, from.size() - 1);
        change(new NetworkChange(NetworkChange.Kind.REMOVED, code, from.id(), null, reason), now, from.without(code));
    }

    /**
     * A member withdrew from the programme: it leaves its network whatever size that leaves. Nothing
     * changes when it is in none (already taken out, or the fact is repeated).
     *
     * @return whether it was in a network
     */
    boolean withdrew(String code, String reason, Instant now) {
        Optional<Network> from = networkOf(code);
        from.ifPresent(network -> change(
                new NetworkChange(NetworkChange.Kind.WITHDRAWN, code, network.id(), null, reason),
                now,
                network.without(code)));
        return from.isPresent();
    }

    public Optional<Network> networkOf(String code) {
        return networks.stream().filter(network -> network.has(code)).findFirst();
    }

    public Optional<Network> find(String networkId) {
        return networks.stream()
                .filter(network -> network.id().equals(networkId))
                .findFirst();
    }

    /** Every municipality in one of the networks. */
    public int members() {
        return networks.stream().mapToInt(Network::size).sum();
    }

    public int revision() {
        return revision;
    }

    private Network network(String networkId) {
        return find(networkId).orElseThrow(() -> new NotFoundException("Network", networkId));
    }

    private Network memberNetwork(String code) {
        return networkOf(code)
                .orElseThrow(() -> new RuleViolationException("not-in-network", code + " is in no network"));
    }

    /** A change may take a network into the sizes or closer to them, never out of them or further away. */
    private static void refuseOutside(NetworkSizes sizes, Network network, int sizeAfter) {
        int after = sizes.distance(sizeAfter);
        if (after > 0 && after >= sizes.distance(network.size())) {
            throw new RuleViolationException(
                    "network-size",
                    "Network " + network.name() + " must hold " + sizes.smallest() + " to " + sizes.largest()
                            + " municipalities, not " + sizeAfter);
        }
    }

    private void change(NetworkChange change, Instant now, Network... changed) {
        revision++;
        List<Network> next = new ArrayList<>(networks);
        for (Network network : changed) {
            next.replaceAll(existing -> existing.id().equals(network.id()) ? network : existing);
            record(new NetworkEvent.Changed(programmeId, network, revision, change, now));
        }
        networks = List.copyOf(next);
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

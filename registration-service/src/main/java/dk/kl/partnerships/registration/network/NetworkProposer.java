package dk.kl.partnerships.registration.network;

import dk.kl.partnerships.registration.network.NetworkProposal.Placement;
import dk.kl.partnerships.registration.network.NetworkProposal.ProposedNetwork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups municipalities into networks within size bounds, favouring the same region and shared
 * focus areas. The same candidates and bounds always give the same proposal: the candidates are
 * ordered by region, first focus area and code, cut into balanced groups, and then members are
 * swapped between groups while a swap raises the total affinity.
 *
 * <p>Affinity of two municipalities: {@value #SAME_REGION} for the same region, plus
 * {@value #SHARED_FOCUS_AREA} for every focus area both chose, plus {@value #SHARED_FIRST_CHOICE}
 * more when it is both their first choice.
 */
final class NetworkProposer {

    static final int SAME_REGION = 3;
    static final int SHARED_FOCUS_AREA = 2;
    static final int SHARED_FIRST_CHOICE = 1;
    private static final int MAX_PASSES = 500;
    private static final int NETWORK_FOCUS_AREAS = 3;

    private NetworkProposer() {}

    public static NetworkProposal propose(List<NetworkCandidate> candidates, int minSize, int maxSize) {
        List<String> notes = new ArrayList<>();
        if (candidates.isEmpty()) {
            return new NetworkProposal(List.of(), 0, List.of("No municipality has joined yet."));
        }
        List<NetworkCandidate> ordered = candidates.stream()
                .sorted(Comparator.comparing(NetworkCandidate::regionCode)
                        .thenComparing(c ->
                                c.focusAreas().isEmpty() ? "" : c.focusAreas().get(0))
                        .thenComparing(NetworkCandidate::municipalityCode))
                .toList();
        NetworkSizes sizes = NetworkSizes.of(ordered.size(), minSize, maxSize);
        int count = networkCount(sizes);
        if (ordered.size() < minSize) {
            notes.add("Only " + ordered.size() + " municipalities have joined, fewer than the minimum network size "
                    + minSize + "; they form one network.");
        } else if (sizes.widened()) {
            notes.add(ordered.size() + " municipalities cannot be split into networks of " + minSize + " to "
                    + maxSize + "; networks of " + sizes.smallest() + " to " + sizes.largest()
                    + " come closest and are accepted.");
        }
        List<List<NetworkCandidate>> groups = balancedChunks(ordered, count);
        improveBySwaps(groups);
        List<ProposedNetwork> networks = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            networks.add(describe(i + 1, groups.get(i)));
        }
        return new NetworkProposal(networks, score(groups), notes);
    }

    /** The number of networks whose sizes fit the bounds and come closest to their middle. */
    static int networkCount(int municipalities, int minSize, int maxSize) {
        return networkCount(NetworkSizes.of(municipalities, minSize, maxSize));
    }

    private static int networkCount(NetworkSizes sizes) {
        double target = (sizes.minSize() + sizes.maxSize()) / 2.0;
        int best = 0;
        for (int count = 1; count <= Math.max(1, sizes.members()); count++) {
            if (sizes.allowsCount(count)
                    && (best == 0
                            || Math.abs(sizes.members() / (double) count - target)
                                    < Math.abs(sizes.members() / (double) best - target))) {
                best = count;
            }
        }
        return best;
    }

    private static List<List<NetworkCandidate>> balancedChunks(List<NetworkCandidate> ordered, int count) {
        List<List<NetworkCandidate>> groups = new ArrayList<>();
        int base = ordered.size() / count;
        int larger = ordered.size() % count;
        int next = 0;
        for (int i = 0; i < count; i++) {
            int size = base + (i < larger ? 1 : 0);
            groups.add(new ArrayList<>(ordered.subList(next, next + size)));
            next += size;
        }
        return groups;
    }

    private static void improveBySwaps(List<List<NetworkCandidate>> groups) {
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int bestGain = 0;
            int[] best = null;
            for (int g = 0; g < groups.size(); g++) {
                for (int h = g + 1; h < groups.size(); h++) {
                    for (int a = 0; a < groups.get(g).size(); a++) {
                        for (int b = 0; b < groups.get(h).size(); b++) {
                            int gain = swapGain(groups.get(g), a, groups.get(h), b);
                            if (gain > bestGain) {
                                bestGain = gain;
                                best = new int[] {g, a, h, b};
                            }
                        }
                    }
                }
            }
            if (best == null) {
                return;
            }
            NetworkCandidate moving = groups.get(best[0]).get(best[1]);
            groups.get(best[0]).set(best[1], groups.get(best[2]).get(best[3]));
            groups.get(best[2]).set(best[3], moving);
        }
    }

    private static int swapGain(List<NetworkCandidate> first, int a, List<NetworkCandidate> second, int b) {
        NetworkCandidate x = first.get(a);
        NetworkCandidate y = second.get(b);
        int before = affinityWithOthers(x, first, a) + affinityWithOthers(y, second, b);
        int after = affinityWithOthers(y, first, a) + affinityWithOthers(x, second, b);
        return after - before;
    }

    private static int affinityWithOthers(NetworkCandidate candidate, List<NetworkCandidate> group, int skipIndex) {
        int total = 0;
        for (int i = 0; i < group.size(); i++) {
            if (i != skipIndex) {
                total += affinity(candidate, group.get(i));
            }
        }
        return total;
    }

    static int affinity(NetworkCandidate a, NetworkCandidate b) {
        int score = a.regionCode().equals(b.regionCode()) ? SAME_REGION : 0;
        for (String focusArea : a.focusAreas()) {
            if (b.rankOf(focusArea) > 0) {
                score += SHARED_FOCUS_AREA;
                if (a.rankOf(focusArea) == 1 && b.rankOf(focusArea) == 1) {
                    score += SHARED_FIRST_CHOICE;
                }
            }
        }
        return score;
    }

    /** Total affinity of all pairs inside each network: what the proposal maximises. */
    public static int score(List<List<NetworkCandidate>> groups) {
        int total = 0;
        for (List<NetworkCandidate> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    total += affinity(group.get(i), group.get(j));
                }
            }
        }
        return total;
    }

    private static ProposedNetwork describe(int number, List<NetworkCandidate> members) {
        Map<String, Long> regions = members.stream()
                .collect(
                        Collectors.groupingBy(NetworkCandidate::regionName, LinkedHashMap::new, Collectors.counting()));
        String mainRegion = regions.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
        List<String> focusAreas = sharedFocusAreas(members);
        List<Placement> placements = members.stream()
                .sorted(Comparator.comparing(NetworkCandidate::municipalityCode))
                .map(member -> placement(member, members))
                .toList();
        return new ProposedNetwork(
                "Netværk " + number + " – " + mainRegion, focusAreas, List.copyOf(regions.keySet()), placements);
    }

    /** Focus areas chosen by at least two members, most chosen first, at most three. */
    static List<String> sharedFocusAreas(List<NetworkCandidate> members) {
        Map<String, Long> counts = members.stream()
                .flatMap(m -> m.focusAreas().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(NETWORK_FOCUS_AREAS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Placement placement(NetworkCandidate member, List<NetworkCandidate> network) {
        List<String> sameRegion = network.stream()
                .filter(other -> other != member && other.regionCode().equals(member.regionCode()))
                .map(NetworkCandidate::municipalityName)
                .sorted()
                .toList();
        List<String> shared = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String focusArea : member.focusAreas()) {
            long others = network.stream()
                    .filter(o -> o != member && o.rankOf(focusArea) > 0)
                    .count();
            if (others > 0) {
                shared.add(focusArea);
                reasons.add(focusArea + " with " + others + " other" + (others == 1 ? "" : "s"));
            }
        }
        String explanation = (sameRegion.isEmpty()
                        ? "No other member from " + member.regionName()
                        : member.regionName() + " like " + String.join(", ", sameRegion))
                + (reasons.isEmpty() ? "; shares no focus area" : "; shares " + String.join(", ", reasons)) + ".";
        return new Placement(
                member.municipalityCode(),
                member.municipalityName(),
                member.regionName(),
                sameRegion,
                shared,
                explanation);
    }
}

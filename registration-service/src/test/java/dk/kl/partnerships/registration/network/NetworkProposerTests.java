package dk.kl.partnerships.registration.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkProposerTests {

    /** The 26 municipalities of a partnership the size of the 2017 daycare partnership, in five regions. */
    static List<NetworkCandidate> twentySix() {
        String[][] municipalities = {
            {"101", "København", "1084", "Region Hovedstaden"}, {"147", "Frederiksberg", "1084", "Region Hovedstaden"},
            {"151", "Ballerup", "1084", "Region Hovedstaden"}, {"157", "Gentofte", "1084", "Region Hovedstaden"},
            {"167", "Hvidovre", "1084", "Region Hovedstaden"}, {"240", "Egedal", "1084", "Region Hovedstaden"},
            {"163", "Herlev", "1084", "Region Hovedstaden"}, {"187", "Vallensbæk", "1084", "Region Hovedstaden"},
            {"265", "Roskilde", "1085", "Region Sjælland"}, {"329", "Ringsted", "1085", "Region Sjælland"},
            {"370", "Næstved", "1085", "Region Sjælland"}, {"259", "Køge", "1085", "Region Sjælland"},
            {"630", "Vejle", "1083", "Region Syddanmark"}, {"530", "Billund", "1083", "Region Syddanmark"},
            {"461", "Odense", "1083", "Region Syddanmark"}, {"561", "Esbjerg", "1083", "Region Syddanmark"},
            {"621", "Kolding", "1083", "Region Syddanmark"}, {"657", "Herning", "1082", "Region Midtjylland"},
            {"756", "Ikast-Brande", "1082", "Region Midtjylland"}, {"751", "Aarhus", "1082", "Region Midtjylland"},
            {"615", "Horsens", "1082", "Region Midtjylland"}, {"791", "Viborg", "1082", "Region Midtjylland"},
            {"851", "Aalborg", "1081", "Region Nordjylland"}, {"813", "Frederikshavn", "1081", "Region Nordjylland"},
            {"820", "Vesthimmerland", "1081", "Region Nordjylland"}, {"860", "Hjørring", "1081", "Region Nordjylland"}
        };
        List<String> areas = List.of(
                "faglig ledelse",
                "evalueringskultur",
                "tværprofessionelt samarbejde",
                "forældreinvolvering",
                "digitalt understøttet læring",
                "mål, dokumentation og data");
        List<NetworkCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < municipalities.length; i++) {
            String[] m = municipalities[i];
            List<String> chosen =
                    List.of(areas.get(i % 6), areas.get((i * 5 + 2) % 6), areas.get((i / 2 + 4) % 6)).stream()
                            .distinct()
                            .toList();
            candidates.add(new NetworkCandidate(m[0], m[1], m[2], m[3], chosen));
        }
        return candidates;
    }

    @Test
    void placesEveryMunicipalityOnceWithinTheSizeBounds() {
        NetworkProposal proposal = NetworkProposer.propose(twentySix(), 4, 10);

        List<String> placed = proposal.networks().stream()
                .flatMap(n -> n.members().stream().map(NetworkProposal.Placement::municipalityCode))
                .toList();
        assertThat(placed)
                .hasSize(26)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(twentySix().stream()
                        .map(NetworkCandidate::municipalityCode)
                        .toList());
        assertThat(proposal.networks())
                .allSatisfy(n -> assertThat(n.members().size()).isBetween(4, 10));
    }

    @Test
    void isDeterministicWhateverTheOrderOfTheCandidates() {
        List<NetworkCandidate> shuffled = new ArrayList<>(twentySix());
        Collections.shuffle(shuffled, new Random(7));

        assertThat(NetworkProposer.propose(shuffled, 4, 10)).isEqualTo(NetworkProposer.propose(twentySix(), 4, 10));
    }

    @Test
    void scoresClearlyAboveRandomGroupingsOfTheSameSizes() {
        NetworkProposal proposal = NetworkProposer.propose(twentySix(), 4, 10);
        List<Integer> sizes =
                proposal.networks().stream().map(n -> n.members().size()).toList();
        Random random = new Random(42);
        double randomTotal = 0;
        int better = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            List<NetworkCandidate> shuffled = new ArrayList<>(twentySix());
            Collections.shuffle(shuffled, random);
            List<List<NetworkCandidate>> groups = new ArrayList<>();
            int next = 0;
            for (int size : sizes) {
                groups.add(shuffled.subList(next, next + size));
                next += size;
            }
            int score = NetworkProposer.score(groups);
            randomTotal += score;
            better += score >= proposal.score() ? 1 : 0;
        }

        assertThat(better).as("random groupings at least as good").isZero();
        assertThat(proposal.score()).isGreaterThan((int) (1.5 * randomTotal / trials));
        assertThat(sameRegionPairs(proposal)).isGreaterThan(pairsInNetworks(proposal) / 3);
    }

    @Test
    void explainsEachPlacementByRegionAndSharedFocusAreas() {
        NetworkProposal proposal = NetworkProposer.propose(twentySix(), 4, 10);

        assertThat(proposal.networks()).allSatisfy(network -> {
            assertThat(network.name()).startsWith("Netværk ");
            assertThat(network.members()).allSatisfy(placement -> {
                assertThat(placement.explanation())
                        .contains(placement.regionName().isEmpty() ? "" : "Region");
                assertThat(placement.sameRegionMembers()).doesNotContain(placement.municipalityName());
            });
        });
        assertThat(proposal.networks().stream()
                        .flatMap(n -> n.members().stream())
                        .filter(p -> !p.sharedFocusAreas().isEmpty()))
                .hasSizeGreaterThan(20);
    }

    @Test
    void tooFewMunicipalitiesFormOneNetworkWithANote() {
        NetworkProposal proposal = NetworkProposer.propose(twentySix().subList(0, 3), 4, 10);

        assertThat(proposal.networks()).hasSize(1);
        assertThat(proposal.notes()).singleElement().asString().contains("fewer than the minimum");
    }

    @Test
    void choosesTheNumberOfNetworksClosestToTheMiddleOfTheBounds() {
        assertThat(NetworkProposer.networkCount(26, 4, 10)).isEqualTo(4);
        assertThat(NetworkProposer.networkCount(9, 4, 10)).isEqualTo(1);
        assertThat(NetworkProposer.networkCount(98, 4, 10)).isEqualTo(14);
        assertThat(NetworkProposer.networkCount(11, 4, 10)).isEqualTo(2);
    }

    private static int sameRegionPairs(NetworkProposal proposal) {
        int pairs = 0;
        for (NetworkProposal.ProposedNetwork network : proposal.networks()) {
            for (NetworkProposal.Placement placement : network.members()) {
                pairs += placement.sameRegionMembers().size();
            }
        }
        return pairs / 2;
    }

    private static int pairsInNetworks(NetworkProposal proposal) {
        return proposal.networks().stream()
                .mapToInt(n -> n.members().size() * (n.members().size() - 1) / 2)
                .sum();
    }
}

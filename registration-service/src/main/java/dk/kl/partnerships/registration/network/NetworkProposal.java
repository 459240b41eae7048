package dk.kl.partnerships.registration.network;

import java.util.List;

/** A suggested grouping of a programme's joined municipalities, with the reasons for each placement. */
public record NetworkProposal(List<ProposedNetwork> networks, int score, List<String> notes) {

    public record ProposedNetwork(
            String name, List<String> focusAreas, List<String> regions, List<Placement> members) {}

    /**
     * Why a municipality is where it is: the members of its region and the focus areas it shares
     * with others in the network.
     */
    public record Placement(
            String municipalityCode,
            String municipalityName,
            String regionName,
            List<String> sameRegionMembers,
            List<String> sharedFocusAreas,
            String explanation) {}
}

package dk.kl.partnerships.web.kl.networks;

import dk.kl.partnerships.web.api.registration.RegistrationApi.NetworkDraft;
import dk.kl.partnerships.web.api.registration.RegistrationApi.NetworkProposal;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Placement;
import dk.kl.partnerships.web.api.registration.RegistrationApi.ProposedNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The networks as KL edits them: each network's name, and the network (by its place in the list)
 * each municipality is placed in. It starts as the proposal; moving a municipality changes only its
 * placement. Each network's members ({@code networks[i].municipalityCodes}) follow from the
 * placements, as the API's request names them, so the API's refusals land on the right network.
 */
public class NetworksForm {

    public static class NetworkRow {

        private String name;
        private List<String> municipalityCodes = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getMunicipalityCodes() {
            return municipalityCodes;
        }
    }

    private List<NetworkRow> networks = new ArrayList<>();
    private Map<String, Integer> placement = new LinkedHashMap<>();

    static NetworksForm of(NetworkProposal proposal) {
        NetworksForm form = new NetworksForm();
        for (int i = 0; i < proposal.networks().size(); i++) {
            ProposedNetwork proposed = proposal.networks().get(i);
            NetworkRow row = new NetworkRow();
            row.name = proposed.name();
            form.networks.add(row);
            for (Placement member : proposed.members()) {
                form.placement.put(member.municipalityCode(), i);
            }
        }
        form.assign();
        return form;
    }

    /** Every proposed municipality placed (where the form lost one, where the proposal put it), members listed. */
    void assign(NetworkProposal proposal) {
        for (int i = 0; i < proposal.networks().size(); i++) {
            for (Placement member : proposal.networks().get(i).members()) {
                Integer placed = placement.get(member.municipalityCode());
                if (placed == null || placed < 0 || placed >= networks.size()) {
                    placement.put(member.municipalityCode(), Math.min(i, networks.size() - 1));
                }
            }
        }
        placement
                .keySet()
                .retainAll(proposal.networks().stream()
                        .flatMap(n -> n.members().stream())
                        .map(Placement::municipalityCode)
                        .toList());
        assign();
    }

    private void assign() {
        networks.forEach(row -> row.municipalityCodes = new ArrayList<>());
        placement.forEach((code, index) -> networks.get(index).municipalityCodes.add(code));
    }

    void addNetwork(String name) {
        NetworkRow row = new NetworkRow();
        row.name = name;
        networks.add(row);
    }

    /** Leaves out the networks nobody is placed in any longer (placements follow their network). */
    void dropEmpty() {
        List<NetworkRow> kept = new ArrayList<>();
        Map<Integer, Integer> moved = new LinkedHashMap<>();
        for (int i = 0; i < networks.size(); i++) {
            if (!networks.get(i).municipalityCodes.isEmpty()) {
                moved.put(i, kept.size());
                kept.add(networks.get(i));
            }
        }
        networks = kept;
        placement.replaceAll((code, index) -> moved.get(index));
    }

    /** The networks to confirm, as named and filled here (an empty one is refused at its place). */
    List<NetworkDraft> drafts() {
        return networks.stream()
                .map(row ->
                        new NetworkDraft(row.name == null ? "" : row.name.strip(), List.copyOf(row.municipalityCodes)))
                .toList();
    }

    public List<NetworkRow> getNetworks() {
        return networks;
    }

    public void setNetworks(List<NetworkRow> networks) {
        this.networks = networks;
    }

    public Map<String, Integer> getPlacement() {
        return placement;
    }

    public void setPlacement(Map<String, Integer> placement) {
        this.placement = placement;
    }
}

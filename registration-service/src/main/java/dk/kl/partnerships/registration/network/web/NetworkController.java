package dk.kl.partnerships.registration.network.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import dk.kl.partnerships.registration.network.Network;
import dk.kl.partnerships.registration.network.NetworkChange;
import dk.kl.partnerships.registration.network.NetworkForming;
import dk.kl.partnerships.registration.network.NetworkHistory;
import dk.kl.partnerships.registration.network.NetworkHistoryEntry;
import dk.kl.partnerships.registration.network.NetworkProposal;
import dk.kl.partnerships.registration.network.ProgrammeNetworks;
import dk.kl.partnerships.registration.network.ProgrammeNetworks.NetworkDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NetworkController {

    private final NetworkForming networks;
    private final NetworkHistory history;

    NetworkController(NetworkForming networks, NetworkHistory history) {
        this.networks = networks;
        this.history = history;
    }

    /** A suggested grouping of the joined municipalities, with the reason for each placement. */
    @PostMapping("/api/programmes/{programmeId}/network-proposals")
    @PreAuthorize("hasRole('KL_ADMIN')")
    NetworkProposal propose(@PathVariable String programmeId) {
        return networks.propose(programmeId);
    }

    /** KL confirms the networks, as proposed or edited. */
    @PostMapping("/api/programmes/{programmeId}/networks")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ResponseEntity<NetworksResponse> confirm(
            @PathVariable String programmeId, @Valid @RequestBody NetworksRequest request) {
        ProgrammeNetworks formed = networks.confirm(
                programmeId,
                request.networks().stream()
                        .map(n -> new NetworkDraft(n.name().trim(), n.municipalityCodes(), n.focusAreas()))
                        .toList());
        return ResponseEntity.created(URI.create("/api/programmes/" + programmeId + "/networks"))
                .body(NetworksResponse.of(formed));
    }

    @GetMapping("/api/programmes/{programmeId}/networks")
    NetworksResponse get(@PathVariable String programmeId) {
        return NetworksResponse.of(networks.get(programmeId));
    }

    /** KL places a joined municipality that is in no network (a late joiner) into this one. */
    @PostMapping("/api/programmes/{programmeId}/networks/{networkId}/members")
    @PreAuthorize("hasRole('KL_ADMIN')")
    NetworksResponse add(
            @PathVariable String programmeId,
            @PathVariable String networkId,
            @Valid @RequestBody MemberChange request) {
        return NetworksResponse.of(networks.add(
                programmeId,
                networkId,
                request.municipalityCode(),
                request.reason().trim()));
    }

    /** KL moves a member of another network of the programme into this one. */
    @PostMapping("/api/programmes/{programmeId}/networks/{networkId}/member-moves")
    @PreAuthorize("hasRole('KL_ADMIN')")
    NetworksResponse move(
            @PathVariable String programmeId,
            @PathVariable String networkId,
            @Valid @RequestBody MemberChange request) {
        return NetworksResponse.of(networks.move(
                programmeId,
                networkId,
                request.municipalityCode(),
                request.reason().trim()));
    }

    /** KL takes a member out of this network, leaving it in none. */
    @PostMapping("/api/programmes/{programmeId}/networks/{networkId}/member-removals")
    @PreAuthorize("hasRole('KL_ADMIN')")
    NetworksResponse remove(
            @PathVariable String programmeId,
            @PathVariable String networkId,
            @Valid @RequestBody MemberChange request) {
        return NetworksResponse.of(networks.remove(
                programmeId,
                networkId,
                request.municipalityCode(),
                request.reason().trim()));
    }

    /** The network's forming and each change of its members, newest first: KL, and the network's members. */
    @GetMapping("/api/programmes/{programmeId}/networks/{networkId}/history")
    PageResponse<HistoryItem> history(
            Caller caller,
            @PathVariable String programmeId,
            @PathVariable String networkId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                history.of(caller, programmeId, networkId, PageResponse.request(page, size, Sort.unsorted())),
                HistoryItem::of);
    }

    record NetworksResponse(String programmeId, Instant formedAt, int revision, List<Network> networks) {

        static NetworksResponse of(ProgrammeNetworks formed) {
            return new NetworksResponse(formed.programmeId(), formed.formedAt(), formed.revision(), formed.networks());
        }
    }

    /** One municipality and why KL changes its place. */
    record MemberChange(
            @NotBlank @Pattern(regexp = "\\d{3}", message = "must be a 3-digit municipality code")
            String municipalityCode,

            @NotBlank @Size(max = 2000) String reason) {}

    /** One step of a network's history; {@code kind} FORMED for its forming. */
    record HistoryItem(
            int revision,
            String kind,
            String municipalityCode,
            String fromNetworkId,
            String toNetworkId,
            String reason,
            List<String> municipalityCodes,
            Instant at) {

        static HistoryItem of(NetworkHistoryEntry entry) {
            NetworkChange change = entry.change();
            return change == null
                    ? new HistoryItem(
                            entry.revision(), "FORMED", null, null, null, null, entry.municipalityCodes(), entry.at())
                    : new HistoryItem(
                            entry.revision(),
                            change.kind().name(),
                            change.municipalityCode(),
                            change.fromNetworkId(),
                            change.toNetworkId(),
                            change.reason(),
                            entry.municipalityCodes(),
                            entry.at());
        }
    }

    record NetworksRequest(@NotEmpty @Size(max = 50) List<@Valid NetworkRequest> networks) {}

    record NetworkRequest(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty @Size(max = 98) List<@NotBlank String> municipalityCodes,
            @Size(max = 6) List<@NotBlank String> focusAreas) {}
}

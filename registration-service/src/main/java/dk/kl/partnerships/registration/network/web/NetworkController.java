package dk.kl.partnerships.registration.network.web;

import dk.kl.partnerships.registration.network.Network;
import dk.kl.partnerships.registration.network.NetworkForming;
import dk.kl.partnerships.registration.network.NetworkProposal;
import dk.kl.partnerships.registration.network.ProgrammeNetworks;
import dk.kl.partnerships.registration.network.ProgrammeNetworks.NetworkDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NetworkController {

    private final NetworkForming networks;

    NetworkController(NetworkForming networks) {
        this.networks = networks;
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

    record NetworksResponse(String programmeId, Instant formedAt, List<Network> networks) {

        static NetworksResponse of(ProgrammeNetworks formed) {
            return new NetworksResponse(formed.programmeId(), formed.formedAt(), formed.networks());
        }
    }

    record NetworksRequest(@NotEmpty @Size(max = 50) List<@Valid NetworkRequest> networks) {}

    record NetworkRequest(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty @Size(max = 98) List<@NotBlank String> municipalityCodes,
            @Size(max = 6) List<@NotBlank String> focusAreas) {}
}

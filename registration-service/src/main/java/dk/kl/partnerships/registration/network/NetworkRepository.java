package dk.kl.partnerships.registration.network;

import java.util.Optional;

/** Where each programme's confirmed networks are kept, together with their events. */
public interface NetworkRepository {

    Optional<ProgrammeNetworks> find(String programmeId);

    ProgrammeNetworks insert(ProgrammeNetworks networks);

    ProgrammeNetworks update(ProgrammeNetworks networks);
}

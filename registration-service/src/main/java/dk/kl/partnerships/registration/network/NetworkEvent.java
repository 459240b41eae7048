package dk.kl.partnerships.registration.network;

import java.time.Instant;

/** What happened to a programme's networks that others need to know, as facts complete in themselves. */
public sealed interface NetworkEvent {

    /** KL confirmed a network of municipalities in a programme. */
    record Formed(String programmeId, Network network, Instant formedAt) implements NetworkEvent {}

    /**
     * A confirmed network's members changed; {@code network} is the network after the change and
     * {@code revision} the programme's networks' revision it belongs to.
     */
    record Changed(String programmeId, Network network, int revision, NetworkChange change, Instant changedAt)
            implements NetworkEvent {}
}

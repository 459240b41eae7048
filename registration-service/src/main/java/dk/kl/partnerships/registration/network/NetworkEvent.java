package dk.kl.partnerships.registration.network;

import java.time.Instant;

/** What happened to a programme's networks that others need to know, as facts complete in themselves. */
public sealed interface NetworkEvent {

    /** KL confirmed a network of municipalities in a programme. */
    record Formed(String programmeId, Network network, Instant formedAt) implements NetworkEvent {}
}

package dk.kl.partnerships.registration.network;

/** A network that KL confirmed. */
public record NetworkEvent(String programmeId, Network network) {}

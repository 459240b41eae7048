package dk.kl.partnerships.meeting.registration;

/** Announced within the service once a municipality is known to be no longer in a network. */
public record NetworkMemberLeft(String networkId, String municipalityCode) {}

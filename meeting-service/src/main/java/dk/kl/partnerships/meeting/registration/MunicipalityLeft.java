package dk.kl.partnerships.meeting.registration;

/** Announced within the service once a municipality's withdrawal from a programme is recorded. */
public record MunicipalityLeft(String programmeId, String municipalityCode) {}

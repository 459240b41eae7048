package dk.kl.partnerships.meeting.schedule;

/** An outside guest KL signs up for an open meeting or a follow-up group meeting. */
public record Guest(String name, String email, GuestOrganisation organisation) {}

package dk.kl.partnerships.meeting.registration;

/** A participant a municipality named; {@code politician} decides which meetings they may attend. */
public record Person(String id, String name, String email, boolean politician) {}

package dk.kl.partnerships.registration.municipality;

/** Whom KL writes to: a person or a function's shared mailbox, by name and e-mail address. */
public record ContactPerson(String name, String email) {}

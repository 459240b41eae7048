package dk.kl.partnerships.meeting.registration;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * A participant a municipality named; {@code politician} decides which meetings they may attend.
 * Once erased only the id is left, shown as {@link #ERASED_NAME}, and they can no longer be signed up.
 */
public record Person(String id, String name, String email, boolean politician, boolean erased) {

    /** What an erased participant is shown as, wherever their name used to be. */
    public static final String ERASED_NAME = "Slettet deltager";

    @PersistenceCreator
    public Person {}

    public Person(String id, String name, String email, boolean politician) {
        this(id, name, email, politician, false);
    }

    Person erase() {
        return new Person(id, ERASED_NAME, null, politician, true);
    }
}

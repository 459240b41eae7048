package dk.kl.partnerships.registration.municipality;

import java.time.Instant;

/** What other services need to know of a municipality. */
public sealed interface MunicipalityEvent {

    record ContactsChanged(Municipality municipality, Instant changedAt) implements MunicipalityEvent {}
}

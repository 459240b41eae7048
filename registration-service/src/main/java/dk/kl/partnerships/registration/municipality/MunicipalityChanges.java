package dk.kl.partnerships.registration.municipality;

/** Stores a changed municipality together with the events its change caused. */
public interface MunicipalityChanges {

    Municipality update(Municipality municipality);
}

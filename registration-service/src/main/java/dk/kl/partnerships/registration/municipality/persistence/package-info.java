/** Municipalities stored with their events. */
package dk.kl.partnerships.registration.municipality.persistence;

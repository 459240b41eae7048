/** A programme's networks stored with their events. */
package dk.kl.partnerships.registration.network.persistence;

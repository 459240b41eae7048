/** Programmes stored with their events. */
package dk.kl.partnerships.registration.programme.persistence;

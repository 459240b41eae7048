/** Enrolments stored with their events; their state gauges. */
package dk.kl.partnerships.registration.enrolment.persistence;

/** Registration's own programme events that enrolments act on: completion. */
package dk.kl.partnerships.registration.enrolment.messaging;

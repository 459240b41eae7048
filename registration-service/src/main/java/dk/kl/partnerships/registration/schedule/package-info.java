/** The checks that depend on the calendar: programmes completing on their end date. */
package dk.kl.partnerships.registration.schedule;

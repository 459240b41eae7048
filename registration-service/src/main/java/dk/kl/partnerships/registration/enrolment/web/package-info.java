/** Enrolments, participants and non-respondents over HTTP. */
package dk.kl.partnerships.registration.enrolment.web;

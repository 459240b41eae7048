/** Enrolments: a municipality's way from declaring interest to council approval, withdrawal or completion, and its participants. */
package dk.kl.partnerships.registration.enrolment;

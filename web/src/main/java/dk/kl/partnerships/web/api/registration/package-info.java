/** Registration's API as the web client uses it: programmes, enrolments, participants, billing profiles. */
package dk.kl.partnerships.web.api.registration;

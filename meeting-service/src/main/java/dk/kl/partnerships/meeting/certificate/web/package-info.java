/** The certificate download. */
package dk.kl.partnerships.meeting.certificate.web;

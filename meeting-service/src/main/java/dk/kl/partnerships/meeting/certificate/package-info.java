/**
 * Attendance certificates ("deltagerbevis"): for a participant who came to enough of their
 * network's theme days, a PDF their coordinator and KL can download.
 */
package dk.kl.partnerships.meeting.certificate;

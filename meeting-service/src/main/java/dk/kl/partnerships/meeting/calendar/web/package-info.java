/** Calendar feeds over HTTP. */
package dk.kl.partnerships.meeting.calendar.web;

/** The meeting service's API as the web client uses it: meetings, sign-ups, calendars. */
package dk.kl.partnerships.web.api.meeting;

/** What the meeting service knows of registration: programmes, networks and the rosters of who may attend. */
package dk.kl.partnerships.meeting.registration;

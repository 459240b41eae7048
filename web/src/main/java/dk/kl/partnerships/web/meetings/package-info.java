/** The pages of meetings and sign-ups. */
package dk.kl.partnerships.web.meetings;

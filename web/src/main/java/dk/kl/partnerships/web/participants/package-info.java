/** The pages of a municipality's participants in a programme. */
package dk.kl.partnerships.web.participants;

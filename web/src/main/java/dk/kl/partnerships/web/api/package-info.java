/** The client of the platform's API through the gateway, with the signed-in person's token, and its problem answers. */
package dk.kl.partnerships.web.api;

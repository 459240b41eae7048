/** The OAuth2 authorization server of the embedded default, with its demo users and clients. */
package dk.kl.partnerships.identity;

/** The single entry for clients: routing to the services, token check, CORS, size and rate limits, request ids. */
package dk.kl.partnerships.gateway;

/** The platform's token policy (roles, claims, what a valid token is) and the problem+json shape of refusals. */
package dk.kl.partnerships.security;

/** Bearer-token security of a service and the caller it gives use cases. */
package dk.kl.partnerships.kit.security;

/** Cross-cutting set-up: sign-in and session security, MVC, settings. */
package dk.kl.partnerships.web.config;

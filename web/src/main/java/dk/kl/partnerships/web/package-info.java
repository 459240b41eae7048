/** The web client: a backend-for-frontend that renders the coordinators' pages and calls the services through the gateway. */
package dk.kl.partnerships.web;

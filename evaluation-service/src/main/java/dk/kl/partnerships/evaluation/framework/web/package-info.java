/** Quality frameworks over HTTP. */
package dk.kl.partnerships.evaluation.framework.web;

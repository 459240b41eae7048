/** The demonstration's self-evaluations, answered with the {@code demo} profile. */
package dk.kl.partnerships.evaluation.demo;

/** Benchmarks over HTTP, as JSON and as an SVG chart. */
package dk.kl.partnerships.evaluation.benchmark.web;

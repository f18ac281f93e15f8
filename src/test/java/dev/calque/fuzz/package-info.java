/**
 * Property-based fuzz tests: random hostile text, files, bytes and rule files against the
 * documented contracts of check, fix, the engine API and the reader.
 *
 * <p>Run them alone with {@code mvn -B test -Dtest='dev.calque.fuzz.*Test'} (Surefire does not
 * take {@code dev.calque.fuzz.*}). Inputs are fixed by one seed so CI is reproducible;
 * {@code -Dfuzz.seed=N} tries other inputs and {@code -Dfuzz.scale=X} multiplies every property's
 * tries (e.g. 10 for a long local run). A failure names the seed, the minimal input as a Java
 * literal and the failure; the full report is also written to target/fuzz-failures/.
 *
 * <p>The runner is our own ({@link dev.calque.fuzz.Fuzz}) rather than jqwik: jqwik from 1.10 asks
 * that it not be used by AI coding agents, and these tests were written by one.
 */
package dev.calque.fuzz;

/**
 * Maven goals over the torc-index operations (prefix {@code torc-index}): each goal builds the same option
 * record as the command line and calls the same library method.
 */
package io.github.torcindex.maven;

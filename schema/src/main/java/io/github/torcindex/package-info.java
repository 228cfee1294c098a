/**
 * What every torc-index module shares: the root exception {@link io.github.torcindex.TorcIndexException} and
 * its {@link io.github.torcindex.ErrorCode}.
 */
package io.github.torcindex;

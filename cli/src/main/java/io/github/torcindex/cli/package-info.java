/** The {@code torc-index} command line: {@link io.github.torcindex.cli.Main} and one class per subcommand. */
package io.github.torcindex.cli;

package io.github.torcindex.analyzer.source;

/**
 * A sqlx call whose SQL could not be extracted, or a variant that was left out, and why.
 *
 * @param file the source file, relative to the tree's root
 * @param line the line of the sqlx call
 * @param function the enclosing function
 * @param reason why, in words
 */
public record NotExtracted(String file, int line, String function, String reason) {

    /** Where it is: {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}

package vn.phananh.text;

/**
 * One word of a text as {@link Tokens} reads it.
 *
 * @param text        the word in lower case, NFC, tone marks placed canonically; for a word spelled
 *                    out from an abbreviation, the word of the expansion ("th." gives "thôn")
 * @param key         {@code text} folded ("thôn" → "thon"), for accent-insensitive matching
 * @param start       where the word as typed starts in the text
 * @param end         where it ends; every word of an expansion has the offsets of its abbreviation
 * @param breakBefore punctuation that ends a phrase or a name comes between this word and the one before
 * @param expanded    spelled out from an abbreviation: its diacritics were not typed, so they say nothing
 */
public record Token(String text, String key, int start, int end, boolean breakBefore, boolean expanded) {

    /** The word was typed with diacritics ("đông", not "dong"); never true of an expanded word. */
    public boolean typedWithDiacritics() {
        return !expanded && !key.equals(text);
    }
}

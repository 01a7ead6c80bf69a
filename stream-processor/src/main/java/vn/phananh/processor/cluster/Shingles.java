package vn.phananh.processor.cluster;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.phananh.text.Token;
import vn.phananh.text.Tokens;

/**
 * What a feedback says about its problem, as a set of folded shingles: the words of the text read
 * by the shared text layer ({@link Tokens}: normalised, abbreviations spelled out, folded, so "đèn
 * đường", "den duong" and "đèn đg" meet), without the words of its place (the place is compared
 * on its own) and without words that many problems share; then each word and each pair of
 * neighbouring words. Words, not character n-grams: with n-grams a long shared word ("đường" in both
 * "đèn đường hỏng" and "đường có ổ gà") outweighs the words that name the problem. One typo is
 * repaired: a final "g" without its "n" ("đườg", "hỏg"), which Vietnamese spelling never has.
 */
public final class Shingles {

    /** Function words, forms of address and the words of every request: they say nothing about the problem. */
    private static final Set<String> STOP = Set.of("o", "bi", "cua", "va", "la", "da", "dang", "rat", "qua", "voi",
            "thi", "ma", "nay", "do", "the", "nhung", "cac", "mot", "nhieu", "lam", "roi", "a", "oi", "nhe", "ah",
            "nha", "duoc", "co", "se", "vay", "xin", "moi", "nguoi", "chung", "toi", "em", "anh", "chi", "ong", "ba",
            "chau", "con", "kinh", "gui", "de", "nghi", "phan", "xa", "thon", "xom", "to", "dan", "pho", "so", "hom",
            "ngay", "hon", "tu", "trong", "tai", "len", "ra", "vao", "tren", "duoi", "cho", "giup", "sao", "gi",
            "nao", "hay", "ai", "day", "kia", "ay", "luc", "khi", "nua", "cung", "van", "ca", "het", "mac", "lai",
            // What many problems have in common: the danger, getting about, how long it has lasted.
            "nguy", "hiem", "di", "khong", "xe", "may", "lon", "nhu", "bao", "gio", "hai", "phai", "tuan", "thang");

    private Shingles() {
    }

    /** The shingles of {@code text}, leaving out the words of {@code placeName} (null: no place). */
    public static Set<String> of(String text, String placeName) {
        Set<String> placeWords = new HashSet<>(words(placeName));
        List<String> words = words(text).stream().filter(w -> !STOP.contains(w) && !placeWords.contains(w)).toList();
        Set<String> shingles = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            shingles.add(words.get(i));
            if (i > 0) {
                shingles.add(words.get(i - 1) + " " + words.get(i));
            }
        }
        return shingles;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Tokens.of(text).stream().map(Token::key).filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)))
                .map(Shingles::repaired).toList();
    }

    /** "duog" → "duong", "hog" → "hong": no Vietnamese syllable ends in a "g" that is not "ng". */
    static String repaired(String word) {
        int n = word.length();
        if (n >= 2 && word.charAt(n - 1) == 'g' && word.charAt(n - 2) != 'n' && Character.isLetter(word.charAt(n - 2))) {
            return word.substring(0, n - 1) + "ng";
        }
        return word;
    }
}

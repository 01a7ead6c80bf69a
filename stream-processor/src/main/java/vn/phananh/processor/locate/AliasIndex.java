package vn.phananh.processor.locate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.phananh.text.Token;
import vn.phananh.text.Tokens;
import vn.phananh.text.VietnameseText;

/** Every alias of the gazetteer, keyed by its canonical token form for longest-match lookup. */
final class AliasIndex {

    /**
     * One spelling of a place ({@code entry == null} for the commune itself). {@code accentRequired}
     * when the gazetteer gives no diacritic-free twin (bare "đê", because "de" is also "để"/"đề");
     * {@code generic} when the alias names a kind of place rather than a name ("chợ xã", "tổ 1").
     */
    record Alias(Gazetteer.Entry entry, List<String> surfaces, boolean accentRequired, boolean generic) {
    }

    /** Acronyms that name a kind of place, not a particular one. */
    private static final Pattern TYPE_ACRONYMS = Pattern.compile("\\b(THCS|THPT|TH|MN|TYT|NVH|TDP|KP|ĐH|DH)\\b");

    private final Map<String, List<Alias>> byKey = new HashMap<>();
    /** The first key of every alias: a token that is none of these starts no match. */
    private final Set<String> firstKeys = new HashSet<>();
    /** Every alias of a place (not the commune) with the keys of its name words, place-type words left out. */
    private final List<Named> named = new ArrayList<>();

    /**
     * An alias and the folded keys and typed surfaces of its name words ("thôn Đông Tiến" → dong,
     * tien), with the keys joined by spaces as a typo is compared with them.
     */
    record Named(Alias alias, List<String> keys, List<String> surfaces, String joined) {

        Named(Alias alias, List<String> keys, List<String> surfaces) {
            this(alias, keys, surfaces, String.join(" ", keys));
        }

        /** The letters of the name words, spaces left out. */
        int letters() {
            return joined.length() - (keys.size() - 1);
        }
    }

    /** Place-type words that lead a name: "thôn", "tổ dân phố", "đồng" (the fields of a village). */
    static final List<List<String>> TYPE_WORDS = List.of(List.of("to", "dan", "pho"), List.of("khu", "pho"),
            List.of("thon"), List.of("xom"), List.of("to"), List.of("lang"), List.of("ap"), List.of("khu"),
            List.of("dong"), List.of("duong"), List.of("cau"), List.of("cho"), List.of("truong"));
    private int longest;

    AliasIndex(Gazetteer gazetteer) {
        Set<String> spellings = new HashSet<>();
        gazetteer.communeAliases().forEach(a -> spellings.add(lower(a)));
        gazetteer.places().forEach(p -> p.aliases().forEach(a -> spellings.add(lower(a))));
        gazetteer.communeAliases().forEach(a -> add(null, a, spellings));
        gazetteer.places().forEach(p -> p.aliases().forEach(a -> add(p, a, spellings)));
    }

    List<Alias> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Whether some alias starts with this key. */
    boolean starts(String key) {
        return firstKeys.contains(key);
    }

    /**
     * The shared tokens of a text or an alias, without the "số" people type or leave out at will in
     * "tổ dân phố số 1", so that both spellings meet in one key.
     */
    static List<Token> tokens(String text) {
        List<Token> all = Tokens.of(text);
        List<Token> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Token token = all.get(i);
            boolean optional = token.key().equals("so") && !kept.isEmpty()
                    && (kept.getLast().key().equals("pho") || kept.getLast().key().equals("to"))
                    && i + 1 < all.size() && Character.isDigit(all.get(i + 1).key().charAt(0));
            if (!optional) {
                kept.add(token);
            }
        }
        return kept;
    }

    /** The word as typed, for comparing diacritics; null for a word spelled out from an abbreviation. */
    static String surface(Token token) {
        return token.expanded() ? null : token.text();
    }

    List<Named> named() {
        return named;
    }

    /** How many tokens from {@code from} spell a place-type word ("thon", "to dan pho"), 0 when none. */
    static int typeWordsAt(List<String> keys, int from) {
        for (List<String> type : TYPE_WORDS) {
            if (from + type.size() <= keys.size() && keys.subList(from, from + type.size()).equals(type)) {
                return type.size();
            }
        }
        return 0;
    }

    int longest() {
        return longest;
    }

    private void add(Gazetteer.Entry entry, String alias, Set<String> spellings) {
        List<Token> tokens = tokens(alias);
        if (tokens.isEmpty()) {
            return;
        }
        String key = key(tokens, 0, tokens.size());
        String lower = lower(alias);
        String folded = VietnameseText.fold(alias);
        boolean accentRequired = !folded.equals(lower) && !spellings.contains(folded);
        List<String> surfaces = tokens.stream().map(AliasIndex::surface).toList();
        Alias made = new Alias(entry, surfaces, accentRequired, isGeneric(alias));
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(made);
        firstKeys.add(tokens.getFirst().key());
        List<String> keys = tokens.stream().map(Token::key).toList();
        int skip = typeWordsAt(keys, 0);
        if (entry != null && !made.generic() && skip < keys.size()) {
            named.add(new Named(made, keys.subList(skip, keys.size()), surfaces.subList(skip, surfaces.size())));
        }
        longest = Math.max(longest, tokens.size());
    }

    /** An alias with no capitalised word after its first names a kind of place: "đê", "trường cấp 2". */
    private static boolean isGeneric(String alias) {
        String rest = TYPE_ACRONYMS.matcher(alias).replaceAll("");
        return rest.length() < 2 || rest.substring(1).codePoints().noneMatch(Character::isUpperCase);
    }

    private static String lower(String alias) {
        return VietnameseText.canonical(alias).toLowerCase(Locale.ROOT);
    }

    static String key(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            key.append(i > from ? " " : "").append(tokens.get(i).key());
        }
        return key.toString();
    }
}

package vn.phananh.processor.locate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.phananh.text.EditDistance;
import vn.phananh.text.Token;
import vn.phananh.text.VietnameseText;

/**
 * Finds the smallest gazetteer place a message names, following the labelling rules: the commune
 * itself and places outside it are never a location; a point landmark beats the road or dike it
 * lies on and a village beats a dike segment named by it; the sender's own address loses to the
 * place of the problem; among equals the first place named wins. Thread-safe once built.
 */
public final class Locator {

    /** "Trường mầm non Hoa Sen", "Trường THCS xã Sơn Hà": a generic alias followed by a name is another place. */
    private static final Pattern NAME_FOLLOWS = Pattern.compile(
            "^ *(?:" + VietnameseText.withOrWithoutDiacritics("xã", "phường", "thị trấn") + " )?\\p{Lu}\\p{Ll}");
    /** "đê điều" is the dike system in general, not our dike. */
    private static final Pattern COMPOUND_FOLLOWS = Pattern.compile(
            "^ *" + VietnameseText.withOrWithoutDiacritics("điều") + "(?![\\p{L}])");
    /** A landmark after these words is where the problem is, not where someone is sent. */
    private static final Pattern SITE_BEFORE = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])"
            + VietnameseText.withOrWithoutDiacritics("trước", "cổng", "cạnh", "gần", "sau", "tại", "ở", "đầu", "cuối",
                    "khu vực", "đoạn", "qua", "trong", "ngoài")
            + "\\s*$");
    /**
     * "tổ dân phố 2 lần": the number counts something else. Only "lần" is also looked for without
     * diacritics: "ngay", "nam", "gio", "cai" are other words.
     */
    private static final Pattern COUNT_FOLLOWS = Pattern.compile("^ *(?:"
            + VietnameseText.withOrWithoutDiacritics("lần")
            + "|ngày|tháng|năm|người|hộ|tiếng|giờ|buổi|lượt|cái|chiếc|km|m|mét|tuần|đợt)(?![\\p{L}])");
    /** "Ông Đặng Văn Tuyến, thôn Hạ Lạc, kiến nghị …", "Cử tri … (thôn Tân Hưng)": the sender's address. */
    private static final Pattern SENDER_BEFORE = Pattern.compile(
            "(?:(?:^|[.;] )(?:Ông|Bà|Anh|Chị|Cô|Chú|Cháu|Em|Cụ|CD|Công dân)\\s+\\p{Lu}[^,.;()]{0,40}[,(]\\s*"
                    + "|(?:" + VietnameseText.withOrWithoutDiacritics("cử tri", "trú tại", "trú ở", "địa chỉ")
                    + ":?|\\(trú)\\s*)$");

    private final AliasIndex index;
    private final OtherPlaces otherPlaces;

    public Locator(Gazetteer gazetteer) {
        this.index = new AliasIndex(gazetteer);
        this.otherPlaces = new OtherPlaces(gazetteer);
    }

    /** The place of the message, or empty when it names none of the commune's places. */
    public Optional<Location> locate(String text) {
        List<PlaceMatch> matches = matches(text);
        boolean elsewhere = otherPlaces.mentioned(text);
        List<PlaceMatch> places = matches.stream()
                .filter(m -> !m.isCommune())
                .filter(m -> !(m.alias().generic() && (elsewhere || namedOtherPlace(text, m))))
                .filter(m -> !(endsWithNumber(text, m) && COUNT_FOLLOWS.matcher(after(text, m)).find()))
                .toList();
        return places.stream()
                .max(Comparator.comparingDouble(PlaceMatch::rank).thenComparing(m -> -m.start()))
                .map(best -> toLocation(text, best, places));
    }

    private List<PlaceMatch> matches(String text) {
        List<Token> tokens = AliasIndex.tokens(text);
        List<String> keys = tokens.stream().map(Token::key).toList();
        List<PlaceMatch> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int taken = longestAt(text, tokens, i, found);
            if (taken == 0) {
                taken = typoAt(text, tokens, keys, i, found);
            }
            i += Math.max(1, taken);
        }
        return found;
    }

    private int longestAt(String text, List<Token> tokens, int i, List<PlaceMatch> found) {
        if (!index.starts(tokens.get(i).key())) {
            return 0;
        }
        for (int n = Math.min(index.longest(), tokens.size() - i); n >= 1; n--) {
            if (crossesBreak(tokens, i, n)) {
                continue;
            }
            List<Token> span = tokens.subList(i, i + n);
            for (AliasIndex.Alias alias : index.lookup(AliasIndex.key(tokens, i, i + n))) {
                if (accentsAgree(alias, span)) {
                    int start = span.getFirst().start();
                    int end = span.getLast().end();
                    found.add(new PlaceMatch(alias, start, end, rank(text, alias, start)));
                    return n;
                }
            }
        }
        return 0;
    }

    /** Name words need at least this many letters before one typing slip is forgiven. */
    private static final int TYPO_MIN_LETTERS = 8;

    /**
     * One typing slip in a longer name ("thôn Thượng Cug", "thon Dong Tein"): forgiven only right
     * after a place-type word (thôn, xóm, tổ, làng, đường …), when the name words have at least
     * {@value #TYPO_MIN_LETTERS} letters, are one Damerau-Levenshtein edit ({@link EditDistance#isOneEdit})
     * from exactly one place's name, and every word typed with diacritics carries that name's own:
     * "thôn đóng tiền" stays nothing, and a word that is both misspelt and accented is not guessed at.
     */
    private int typoAt(String text, List<Token> tokens, List<String> keys, int i, List<PlaceMatch> found) {
        int type = AliasIndex.typeWordsAt(keys, i);
        if (type == 0) {
            return 0;
        }
        int from = i + type;
        AliasIndex.Alias hit = null;
        int hitLength = 0;
        String[] typedByLength = new String[index.longest() + 1];
        for (AliasIndex.Named name : index.named()) {
            int n = name.keys().size();
            if (from + n > tokens.size() || name.letters() < TYPO_MIN_LETTERS || crossesBreak(tokens, i, type + n)) {
                continue;
            }
            if (typedByLength[n] == null) {
                typedByLength[n] = String.join(" ", keys.subList(from, from + n));
            }
            if (!EditDistance.isOneEdit(typedByLength[n], name.joined())
                    || !typoAccentsAgree(tokens.subList(from, from + n), name)) {
                continue;
            }
            if (hit != null && hit.entry() != name.alias().entry()) {
                return 0;
            }
            hit = name.alias();
            hitLength = n;
        }
        if (hit == null) {
            return 0;
        }
        int start = tokens.get(i).start();
        found.add(new PlaceMatch(hit, start, tokens.get(from + hitLength - 1).end(), rank(text, hit, start)));
        return type + hitLength;
    }

    private static boolean typoAccentsAgree(List<Token> typed, AliasIndex.Named name) {
        for (int k = 0; k < typed.size(); k++) {
            Token token = typed.get(k);
            if (!token.typedWithDiacritics()) {
                continue;
            }
            boolean sameWord = token.key().equals(name.keys().get(k));
            String expected = name.surfaces().get(k);
            if (!sameWord || expected == null || !expected.equals(token.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean crossesBreak(List<Token> tokens, int i, int n) {
        for (int k = i + 1; k < i + n; k++) {
            if (tokens.get(k).breakBefore()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text typed without diacritics matches any spelling; text typed with them must carry the
     * alias's own, so "đóng tiền" is not "Đông Tiến" and "cho xã" is not "chợ xã".
     */
    private static boolean accentsAgree(AliasIndex.Alias alias, List<Token> span) {
        boolean typedWithAccents = span.stream().anyMatch(Token::typedWithDiacritics);
        if (!typedWithAccents && !alias.accentRequired()) {
            return true;
        }
        for (int k = 0; k < span.size(); k++) {
            String typed = AliasIndex.surface(span.get(k));
            String expected = alias.surfaces().get(k);
            if (typed != null && expected != null && !typed.equals(expected)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Named point landmarks beat villages and groups, which beat roads and dikes (a segment named
     * by a village is that village). A generic landmark ("trạm y tế") is often where someone is
     * sent rather than where the problem is, so it counts only when a site word leads it
     * ("trước cổng trạm y tế"). The sender's own address counts less than the problem site.
     */
    private static double rank(String text, AliasIndex.Alias alias, int start) {
        if (alias.entry() == null) {
            return 0;
        }
        String before = text.substring(Math.max(0, start - 60), start);
        boolean linear = alias.entry().subtype().equals("ROAD") || alias.entry().subtype().equals("DIKE");
        double rank = switch (alias.entry().type()) {
            case "LANDMARK" -> linear ? -1 : 3;
            default -> 2;
        };
        if (alias.generic() && !linear && alias.entry().type().equals("LANDMARK")) {
            rank -= SITE_BEFORE.matcher(before).find() ? 1 : 2;
        }
        if (SENDER_BEFORE.matcher(before).find()) {
            rank -= 1;
        }
        return rank;
    }

    private boolean namedOtherPlace(String text, PlaceMatch m) {
        String after = after(text, m);
        return COMPOUND_FOLLOWS.matcher(after).find()
                || NAME_FOLLOWS.matcher(after).find() && !otherPlaces.isCommuneName(after);
    }

    private static boolean endsWithNumber(String text, PlaceMatch m) {
        return Character.isDigit(text.charAt(m.end() - 1));
    }

    private static String after(String text, PlaceMatch m) {
        return text.substring(m.end(), Math.min(text.length(), m.end() + 20));
    }

    private static Location toLocation(String text, PlaceMatch best, List<PlaceMatch> all) {
        boolean contested = all.stream().anyMatch(m -> m.alias().entry() != best.alias().entry());
        double confidence = (best.alias().generic() ? 0.6 : 0.9) - (contested ? 0.15 : 0);
        Gazetteer.Entry place = best.alias().entry();
        return new Location(place.id(), place.name(), place.type(), text.substring(best.start(), best.end()), confidence);
    }
}

package vn.phananh.processor.locate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.phananh.text.VietnameseText;

/**
 * Detects a message set in another administrative unit ("phường Phú Lợi", "TP. Hồ Chí Minh",
 * "xã Sơn Hà"): there a generic word like "trường mầm non" means that unit's school, not ours.
 */
final class OtherPlaces {

    private static final Pattern UNIT_NAME = Pattern.compile("(?<![\\p{L}])(?:"
            + VietnameseText.withOrWithoutDiacritics("phường", "quận", "huyện", "tỉnh", "thành phố", "thị xã",
                    "thị trấn", "xã")
            + "|TP\\.?)\\s+(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*)");

    /** The commune's own names without the unit word: "hung cuong", "hc". */
    private final List<String> communeNames;

    OtherPlaces(Gazetteer gazetteer) {
        this.communeNames = gazetteer.communeAliases().stream()
                .map(a -> VietnameseText.fold(a).replaceFirst("^(?:ubnd )?(?:xa|x\\.) ?", ""))
                .distinct()
                .toList();
    }

    /** Whether {@code text} starts with the commune's own name ("Hùng Cường …"). */
    boolean isCommuneName(String text) {
        String folded = VietnameseText.fold(text).strip();
        return communeNames.stream().anyMatch(c -> folded.equals(c) || folded.startsWith(c + " ") || folded.startsWith(c + ","));
    }

    boolean mentioned(String text) {
        Matcher m = UNIT_NAME.matcher(text);
        while (m.find()) {
            String name = VietnameseText.fold(m.group(1));
            if (communeNames.stream().noneMatch(c -> name.equals(c) || name.startsWith(c + " "))) {
                return true;
            }
        }
        return false;
    }
}

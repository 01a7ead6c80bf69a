package vn.phananh.pages;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import vn.phananh.text.PiiMasker;

/**
 * Text as pages show it. Everything citizen- or officer-typed goes through the masker once more
 * (as the public view does), so a number typed in an unusual shape still never reaches a page;
 * only the author contact, shown apart to staff of the owning unit, is exempt. Each application makes it
 * its bean {@code text}.
 */
public class PageText {

    private static final int EXCERPT = 180;

    private final PiiMasker masker = new PiiMasker();

    public String mask(String text) {
        return text == null ? "" : masker.mask(text).text();
    }

    /** The start of the masked text, cut at a word boundary. */
    public String excerpt(String text) {
        String masked = mask(text).strip();
        if (masked.length() <= EXCERPT) {
            return masked;
        }
        int cut = masked.lastIndexOf(' ', EXCERPT);
        return masked.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    /**
     * Safe HTML of a search highlight: the fragment is masked and escaped, then only the
     * highlighter's own {@code <em>} tags come back, as {@code <mark>}.
     */
    public String highlight(String fragment) {
        return HtmlUtils.htmlEscape(mask(fragment), "UTF-8").replace("&lt;em&gt;", "<mark>")
                .replace("&lt;/em&gt;", "</mark>");
    }

    /** The fragments to show for a hit: where the typed words matched, else the folded copy. */
    public List<String> highlights(Map<String, List<String>> highlights) {
        if (highlights == null || highlights.isEmpty()) {
            return List.of();
        }
        List<String> fragments = highlights.getOrDefault("maskedText", highlights.get("foldedText"));
        return fragments == null ? List.of() : fragments.stream().map(this::highlight).toList();
    }
}

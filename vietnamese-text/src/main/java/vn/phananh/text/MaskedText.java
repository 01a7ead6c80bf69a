package vn.phananh.text;

import java.util.List;

/** Text with its personal data replaced by placeholders, and where that data was in the original. */
public record MaskedText(String text, List<PiiSpan> spans) {

    public MaskedText {
        spans = List.copyOf(spans);
    }
}

package vn.phananh.text;

/** A piece of personal data in the original text: UTF-16 offsets, end exclusive. */
public record PiiSpan(PiiType type, int start, int end) {

    public PiiSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    /** The characters of the span in the text it was found in. */
    public String in(String text) {
        return text.substring(start, end);
    }
}

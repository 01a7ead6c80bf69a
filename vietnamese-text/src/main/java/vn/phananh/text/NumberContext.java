package vn.phananh.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a digit run say it is. The nearest cue before the number wins, because a
 * message often lists several numbers ("STK Agribank 2606 2052 81473, SĐT 0357 908 126"); a bank
 * name right after the number ("0987 126 450 MB Bank") marks an account however it is shaped.
 */
enum NumberContext {
    PHONE, CITIZEN_ID, BANK, NOT_PII, NONE;

    private static final String BANKS = "vietcombank|vcb|agribank|bidv|vietinbank|viettinbank|techcombank|tcb"
            + "|mb ?bank|mb|acb|sacombank|tp ?bank|vp ?bank|shb|hd ?bank|ocb|msb|seabank|vib|eximbank|lpbank"
            + "|lienvietpostbank|bac a bank|nam a bank|abbank|scb|kienlongbank|pvcombank|dong a bank|bao viet bank";

    /** Cues in folded text, each group one context; order of the groups matches {@link #CUES}. */
    private static final Pattern CUE = Pattern.compile("(?<![a-z0-9])(?:"
            + "(sdt|so dien thoai|dien thoai|so dt|dt|goi|zalo|lien he|lh|hotline|so cua|di dong|nhan tin|sms|momo)"
            + "|(cccd|cmnd|cmt|can cuoc|chung minh|dinh danh)"
            + "|(stk|so tai khoan|tai khoan|so tk|tk|ngan hang|chuyen khoan|" + BANKS + ")"
            + "|(ma ho so|ma so thue|mst|ma so doanh nghiep|ma doanh nghiep|ma khach hang|ma kh|bien so|bien kiem soat"
            + "|bks|thua|thua dat|to ban do|so nha|ma don|van don|so hieu|so vao so|quyet dinh so|so quyet dinh)"
            + ")(?![a-z0-9])");

    private static final NumberContext[] CUES = {PHONE, CITIZEN_ID, BANK, NOT_PII};

    private static final Pattern BANK_AFTER = Pattern.compile("^[ ,:(-]{0,3}(?:ngan hang |nh )?(?:" + BANKS + ")(?![a-z0-9])");

    /** Money and units: a number followed by these is a quantity, never PII. */
    private static final Pattern QUANTITY_AFTER = Pattern.compile(
            "^ ?(?:d|dong|vnd|k|tr|trieu|nghin|ngan|ty|usd|%|m2|m3|km|kg|ha)(?![a-z0-9])");

    private static final int WINDOW_BEFORE = 40;
    private static final int WINDOW_AFTER = 24;

    /** The context of the digit run at [start, end) of {@code text}. */
    static NumberContext of(String text, int start, int end) {
        String after = VietnameseText.fold(text.substring(end, Math.min(text.length(), end + WINDOW_AFTER)));
        if (QUANTITY_AFTER.matcher(after).find()) {
            return NOT_PII;
        }
        if (BANK_AFTER.matcher(after).find()) {
            return BANK;
        }
        return nearestCueBefore(text, start);
    }

    private static NumberContext nearestCueBefore(String text, int start) {
        String before = clauseBefore(text, start);
        Matcher m = CUE.matcher(VietnameseText.fold(before));
        NumberContext nearest = NONE;
        while (m.find()) {
            for (int g = 1; g <= CUES.length; g++) {
                if (m.group(g) != null) {
                    nearest = CUES[g - 1];
                }
            }
        }
        return nearest;
    }

    /** Up to {@link #WINDOW_BEFORE} characters before the number, not reaching into the previous sentence. */
    private static String clauseBefore(String text, int start) {
        String window = text.substring(Math.max(0, start - WINDOW_BEFORE), start);
        int cut = -1;
        for (int i = 0; i < window.length() - 1; i++) {
            char c = window.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(window.charAt(i + 1))) {
                cut = i + 1;
            }
        }
        return window.substring(cut + 1);
    }
}

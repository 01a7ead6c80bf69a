package vn.phananh.processor.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.phananh.processor.enrich.Enricher;
import vn.phananh.processor.enrich.Enrichment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of pairing on a small written set for xã Hùng Cường, through the real
 * enricher (masking, normalisation, the trained classifier's topic, the unit's gazetteer): groups of
 * messages about the same problem in other words, with typos, with and without diacritics, and
 * look-alikes that are not the same problem (the same street or hamlet, another problem; the same
 * problem at another place). The figures are in the stream-processor README.
 */
class NearDuplicatesQualityTest {

    /** Group letter (same letter, same problem) or "-" for a message that has no near-duplicate. */
    private static final String[][] SET = {
        { "A", "Đèn đường ở thôn Đông Tiến bị hỏng mấy hôm nay, tối đi lại rất nguy hiểm" },
        { "A", "den duong thon dong tien hong roi, buoi toi toi om nguy hiem lam" },
        { "A", "Thôn Đông Tiến đèn đường không sáng nữa, đề nghị xã cho sửa đèn" },
        { "A", "Đèn đườg thôn Đông Tiến hỏg hết rồi, tối thui" },
        { "B", "Đường vào xóm Bãi ngập sâu sau mưa, xe máy không đi được" },
        { "B", "duong vao xom bai bi ngap nuoc sau, xe may chet may" },
        { "B", "Mưa to đường xóm Bãi ngập hết, xe máy không qua được" },
        { "C", "Rác thải ở chợ Cường không ai thu gom, bốc mùi hôi thối" },
        { "C", "Chợ Cường rác chất đống mấy ngày không thu gom, mùi hôi quá" },
        { "C", "rac o cho cuong ko duoc thu gom, boc mui hoi thoi lam" },
        { "D", "Trạm y tế xã đông người, chờ khám cả buổi sáng" },
        { "D", "Đi khám ở trạm y tế xã phải chờ cả buổi, đông người quá" },
        { "E", "Cầu Kênh Tây bị sụt lún, lan can gãy, xe qua rất nguy hiểm" },
        { "E", "cau kenh tay sut lun, lan can bi gay, qua cau so lam" },
        { "F", "Loa phát thanh thôn Hạ Lạc bật quá to từ 5 giờ sáng" },
        { "F", "Loa phat thanh o thon Ha Lac mo to qua tu 5h sang, khong ngu duoc" },
        // Look-alikes: the same place as a group above, another problem.
        { "-", "Đường thôn Đông Tiến có nhiều ổ gà lớn, xe đi rất nguy hiểm" },
        { "-", "Thôn Đông Tiến mất nước sinh hoạt hai ngày nay" },
        { "-", "Xóm Bãi có người đổ trộm rác thải ra ven đường" },
        { "-", "Chợ Cường lấn chiếm lòng đường, xe không đi được" },
        { "-", "Trạm y tế xã thiếu thuốc hạ sốt cho trẻ em" },
        { "-", "Cầu Kênh Tây chưa có đèn chiếu sáng, tối rất tối" },
        { "-", "Thôn Hạ Lạc chưa được phun thuốc muỗi, nhiều người bị sốt xuất huyết" },
        // The same problem at another place: not the same feedback to answer.
        { "-", "Đèn đường thôn Đoài bị hỏng, tối đi lại nguy hiểm" },
        { "-", "Đường vào thôn Tân Hưng ngập sâu sau mưa, xe máy không đi được" },
        // Unrelated.
        { "-", "Xin hỏi thủ tục cấp lại giấy khai sinh cho con cần những gì" },
        { "-", "Đề nghị xã sửa lại mái trường mầm non Hùng Cường bị dột" },
        { "-", "Chó thả rông ở tổ dân phố số 2 cắn người" },
    };

    private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
    private static final List<Signature> signatures = new ArrayList<>();

    @BeforeAll
    static void enrich() {
        Enricher enricher = Enricher.fromClasspath();
        for (int i = 0; i < SET.length; i++) {
            Enrichment e = enricher.enrich(SET[i][1], List.of());
            signatures.add(new Signature("m-" + i, null, e.place() == null ? null : e.place().getId(),
                    e.topic().getTopic().name(), T0.plus(Duration.ofHours(i)).toEpochMilli(),
                    MinHash.of(Shingles.of(e.normalizedText(), e.place() == null ? null : e.place().getName()))));
        }
    }

    @Test
    void pairsNearDuplicatesAndKeepsLookAlikesApart() {
        NearDuplicateRule rule = NearDuplicateRule.defaults();
        Figures figures = figures(rule);
        System.out.printf("near-duplicates at threshold %.2f: pairs %d, TP %d, FP %d, FN %d, precision %.2f, recall %.2f%n",
                rule.threshold(), figures.gold(), figures.tp(), figures.fp(), figures.fn(), figures.precision(),
                figures.recall());
        for (double t = 0.25; t <= 0.61; t += 0.05) {
            Figures at = figures(new NearDuplicateRule(rule.window(), t, rule.samePlaceBonus(), rule.sameTopicBonus(),
                    rule.maxCandidates()));
            System.out.printf("  threshold %.2f: precision %.2f recall %.2f (TP %d FP %d FN %d)%n", t, at.precision(),
                    at.recall(), at.tp(), at.fp(), at.fn());
        }
        assertThat(figures.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.recall()).as("recall").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void noLookAlikeIsPairedWithTheGroupItResembles() {
        NearDuplicateRule rule = NearDuplicateRule.defaults();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < SET.length; i++) {
            for (int j = i + 1; j < SET.length; j++) {
                boolean same = !SET[i][0].equals("-") && SET[i][0].equals(SET[j][0]);
                if (!same && rule.sameProblem(signatures.get(i), signatures.get(j))) {
                    wrong.add(SET[i][1] + " ~ " + SET[j][1] + " (" + rule.score(signatures.get(i), signatures.get(j)) + ")");
                }
            }
        }
        wrong.forEach(w -> System.out.println("  false pair: " + w));
        assertThat(wrong).isEmpty();
    }

    private static Figures figures(NearDuplicateRule rule) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < SET.length; i++) {
            for (int j = i + 1; j < SET.length; j++) {
                boolean same = !SET[i][0].equals("-") && SET[i][0].equals(SET[j][0]);
                boolean paired = rule.sameProblem(signatures.get(i), signatures.get(j));
                tp += same && paired ? 1 : 0;
                fp += !same && paired ? 1 : 0;
                fn += same && !paired ? 1 : 0;
            }
        }
        return new Figures(tp, fp, fn);
    }

    private record Figures(int tp, int fp, int fn) {

        int gold() {
            return tp + fn;
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }
}

package vn.phananh.webapp.pages;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phananh.pages.Labels;
import vn.phananh.pages.PageText;
import vn.phananh.avro.AlertType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.Kind;
import vn.phananh.avro.PlaceType;
import vn.phananh.avro.Sentiment;
import vn.phananh.avro.Status;
import vn.phananh.avro.StatusAction;
import vn.phananh.avro.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure unit tests of what the pages show: names, safe highlights, chart geometry and drill-down links. */
class WebLabelsTest {

    @Test
    void everyWorkflowCodeHasAVietnameseName() {
        assertThat(Labels.CHANNELS).containsOnlyKeys(Channel.values());
        assertThat(Labels.STATUSES).containsOnlyKeys(Status.values());
        assertThat(Labels.ACTIONS).containsOnlyKeys(StatusAction.values());
        assertThat(Labels.ALERT_TYPES).containsOnlyKeys(AlertType.values());
        assertThat(Labels.PLACE_TYPES).containsOnlyKeys(PlaceType.values());
    }

    @Test
    void namesTheTaxonomyAsTheSchemasDo() {
        Labels labels = new Labels(code -> java.util.Optional.empty());
        assertThat(labels.topic("OFFICIAL_CONDUCT")).isEqualTo("Thái độ, tác phong cán bộ");
        assertThat(labels.kind("DENUNCIATION")).isEqualTo("Tố cáo");
        assertThat(labels.sentiment("NEGATIVE")).isEqualTo("Tiêu cực");
        assertThat(labels.topic("NO_SUCH_CODE")).isEqualTo("NO_SUCH_CODE");
    }

    @Test
    void highlightsKeepOnlyTheMarksAndNoPersonalData() {
        PageText text = new PageText();
        String html = text.highlight("<script>x</script> <em>đường</em> ngập, gọi 0912345678");
        assertThat(html).contains("<mark>đường</mark>", "&lt;script&gt;").doesNotContain("<script>", "0912345678");
    }

    @Test
    void panelsShareOneScaleAndEachBarLinksToTheSearchOfItsDays() {
        Labels labels = new Labels(code -> java.util.Optional.empty());
        java.time.Instant monday = java.time.Instant.parse("2026-11-01T17:00:00Z"); // 02/11 in Vietnam
        java.time.Instant tuesday = monday.plus(java.time.Duration.ofDays(1));
        var topics = new vn.phananh.webapp.api.Pages.TrendSeries("topic", "day", monday, tuesday.plusSeconds(86_400), List.of(
                series("HEALTH", monday, 4, tuesday, 0), series("EDUCATION", monday, 1, tuesday, 2),
                series("OTHER", monday, 0, tuesday, 0)));
        var kinds = new vn.phananh.webapp.api.Pages.TrendSeries("kind", "day", monday, tuesday.plusSeconds(86_400), List.of(
                series("COMPLAINT", monday, 3, tuesday, 1), series("QUESTION", monday, 2, tuesday, 1)));

        TrendPanels panels = TrendPanels.of(topics, kinds, "xa-hung-cuong", labels);

        assertThat(panels.panels()).extracting(TrendPanels.Panel::topic).containsExactly("HEALTH", "EDUCATION");
        assertThat(panels.max()).isEqualTo(4);
        TrendPanels.Bar tallest = panels.panels().getFirst().bars().getFirst();
        assertThat(tallest.height()).isEqualTo("64.0");
        assertThat(panels.panels().get(1).bars().getFirst().height()).as("same scale: a quarter").isEqualTo("16.0");
        assertThat(panels.panels().getFirst().bars().get(1).height()).isEqualTo("0.0");
        assertThat(tallest.href()).isEqualTo("/staff/search?topic=HEALTH&from=2026-11-02&to=2026-11-02&unit=xa-hung-cuong");
        assertThat(tallest.title()).isEqualTo("Y tế — ngày 02/11/2026: 4 phản ánh");
        assertThat(panels.complaints()).extracting(TrendPanels.Stack::all, TrendPanels.Stack::part)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, 3L), org.assertj.core.groups.Tuple.tuple(2L, 1L));
        assertThat(panels.complaints().getFirst().hrefPart()).contains("kind=COMPLAINT", "from=2026-11-02");
        assertThat(DrillDown.bucket("topic", "HEALTH", monday, "week", null))
                .isEqualTo("/staff/search?topic=HEALTH&from=2026-11-02&to=2026-11-08");
    }

    @Test
    void aSparklineRisesWithItsCounts() {
        String points = RisingRows.points(List.of(0L, 1L, 4L));
        assertThat(points).isEqualTo("2.0,22.0 48.0,17.0 94.0,2.0");
        assertThat(RisingRows.points(List.of())).isEmpty();
    }

    private static vn.phananh.webapp.api.Pages.TrendSeries.Series series(String key, java.time.Instant first, long a,
            java.time.Instant second, long b) {
        return new vn.phananh.webapp.api.Pages.TrendSeries.Series(key, a + b, List.of(
                new vn.phananh.webapp.api.Pages.TrendSeries.Point(first, a),
                new vn.phananh.webapp.api.Pages.TrendSeries.Point(second, b)));
    }
}

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

/** Pure unit tests of what the pages show: names, safe highlights, chart geometry. */
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
    void chartTopsTheAxisAtAnEvenCount() {
        assertThat(List.of(TrendChart.niceMax(0), TrendChart.niceMax(3), TrendChart.niceMax(4))).containsExactly(2L,
                4L, 4L);
    }
}

package vn.phananh.processor.units;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;
import vn.phananh.processor.deadline.DeadlineCalculator;
import vn.phananh.processor.locate.Locator;
import vn.phananh.processor.system.DeadlineProperties;
import vn.phananh.units.SecretRef;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Each unit's places from its own gazetteer, and its deadline rules over the processor's. */
class UnitGazetteersTest {

    static final Path DEV = Path.of(System.getProperty("phananh.root.dir", "..")).resolve("units/dev");
    static final UnitFiles FILES = new UnitFiles(new SecretRef.Secrets(Map.of(), DEV.resolve("secrets")));
    static final Locator THACH_THANG = new Locator(UnitEnrichers.gazetteer(FILES.read(DEV.resolve("phuong-thach-thang.json"))));
    static final Locator HUNG_CUONG = new Locator(UnitEnrichers.gazetteer(FILES.read(DEV.resolve("xa-hung-cuong.json"))));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nước thải tràn ra kiệt 45 Hoàng Diệu mấy hôm nay, hôi quá                 | kiet-45-hoang-dieu",
        "Đèn đường ở kiet 112 Le Loi tắt cả tuần                                     | kiet-112-le-loi",
        "Rác ùn ứ trước cổng chợ Thạch Thang, đề nghị phường thu gom                 | cho-thach-thang",
        "Tổ dân phố 3 mất nước từ sáng                                              | tdp-3",
        "Cổng trường tiểu học Hải Vân đọng nước mỗi khi mưa                         | truong-th-hai-van",
        "Xin hỏi trạm y tế phường có tiêm vắc xin cho trẻ vào thứ bảy không         | tram-y-te",
        "Vỉa hè đường Bạch Đằng bị lấn chiếm bán hàng                               | duong-bach-dang",
    })
    void thachThangsPlacesAreLocatedWithItsOwnGazetteer(String text, String place) {
        assertThat(THACH_THANG.locate(text)).as(text).hasValueSatisfying(l -> assertThat(l.id()).isEqualTo(place));
    }

    @Test
    void eachUnitKnowsOnlyItsOwnPlaces() {
        assertThat(HUNG_CUONG.locate("Đường thôn Đông Tiến ngập sâu")).hasValueSatisfying(l ->
                assertThat(l.id()).isEqualTo("thon-dong-tien"));
        assertThat(THACH_THANG.locate("Đường thôn Đông Tiến ngập sâu")).isEmpty();
        assertThat(HUNG_CUONG.locate("Nước thải tràn ra kiệt 45 Hoàng Diệu")).isEmpty();
        assertThat(THACH_THANG.locate("UBND phường Thạch Thang làm việc sáng thứ bảy không")).as("the ward itself").isEmpty();
    }

    @Test
    void aUnitsRulesOverrideTheProcessorsOneByOne() {
        DeadlineProperties processor = new DeadlineProperties(1, Map.of(Kind.QUESTION, 5, Kind.COMPLAINT, 10), null, 10,
                null, "Asia/Ho_Chi_Minh", "17:00");
        UnitDefinition.Deadlines unit = new UnitDefinition.Deadlines(0, null, Map.of("QUESTION", 2),
                Map.of("HEALTH", 1), java.util.List.of(java.time.LocalDate.parse("2026-06-03")), null, "11:30");
        DeadlineProperties merged = new UnitDeadlines(processor, null).merged(unit);
        assertThat(merged.urgentWorkingDays()).isZero();
        assertThat(merged.defaultWorkingDays()).isEqualTo(10);
        assertThat(merged.workingDaysByKind()).containsEntry(Kind.QUESTION, 2).containsEntry(Kind.COMPLAINT, 10);
        assertThat(merged.workingDaysByTopic()).containsEntry(Topic.HEALTH, 1);
        // Tuesday 2 June 2026: one working day, the 3rd is the unit's holiday, so Thursday at 11:30 in Vietnam.
        Instant due = new DeadlineCalculator(merged.toRules()).due(Instant.parse("2026-06-02T02:00:00Z"), Kind.COMPLAINT,
                Topic.HEALTH, false);
        assertThat(due).isEqualTo(Instant.parse("2026-06-04T04:30:00Z"));
    }
}

package vn.phananh.search.query;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CursorTest {

    @Test
    void roundTripsTypedSortValues() {
        List<FieldValue> values = List.of(FieldValue.of(3.25), FieldValue.of(1_700_000_000_000L),
                FieldValue.of("d3b07384-đường"), FieldValue.NULL, FieldValue.of(true));
        List<FieldValue> back = Cursor.decode(Cursor.encode(values));
        assertThat(back).extracting(FieldValue::_kind).containsExactlyElementsOf(
                values.stream().map(FieldValue::_kind).toList());
        assertThat(back.get(0).doubleValue()).isEqualTo(3.25);
        assertThat(back.get(1).longValue()).isEqualTo(1_700_000_000_000L);
        assertThat(back.get(2).stringValue()).isEqualTo("d3b07384-đường");
    }

    @Test
    void rejectsAForgedCursor() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cursor.decode("!!not base64!!"));
        assertThatIllegalArgumentException().isThrownBy(() -> Cursor.decode("eA"));
    }

    @Test
    void csvCellsAreQuotedAndFormulaSafe() {
        assertThat(CsvExport.cell("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
        assertThat(CsvExport.cell("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
        assertThat(CsvExport.cell(null)).isEmpty();
    }
}

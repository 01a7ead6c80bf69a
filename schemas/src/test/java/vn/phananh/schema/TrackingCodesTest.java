package vn.phananh.schema;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodesTest {

    private final TrackingCodes codes = new TrackingCodes("test-tracking-key");

    @Test
    void sameFeedbackAlwaysGetsTheSameCode() {
        String id = UUID.randomUUID().toString();
        assertThat(codes.codeOf("xa-hung-cuong", id)).isEqualTo(codes.codeOf("xa-hung-cuong", id))
                .matches("HC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{5}");
    }

    @Test
    void anotherKeyGivesAnotherCode() {
        String id = UUID.randomUUID().toString();
        assertThat(new TrackingCodes("other-key").codeOf("xa-hung-cuong", id)).isNotEqualTo(codes.codeOf("xa-hung-cuong", id));
    }

    @Test
    void neverUsesConfusableCharacters() {
        for (int i = 0; i < 2000; i++) {
            String body = codes.codeOf("xa-hung-cuong", "id-" + i).substring(3);
            assertThat(body).doesNotContain("0", "O", "1", "I");
        }
    }

    @Test
    void twentyThousandFeedbackGetTwentyThousandCodes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            seen.add(codes.codeOf("xa-hung-cuong", UUID.nameUUIDFromBytes(("m" + i).getBytes()).toString()));
        }
        assertThat(seen).hasSize(20_000);
    }

    @ParameterizedTest
    @CsvSource({"xa-hung-cuong,HC", "phuong-thach-thang,TT", "xa-son-ha,SH", "thi-tran-dong-anh,DA", "xa,X"})
    void prefixIsTheInitialsOfTheUnitsName(String unit, String prefix) {
        assertThat(TrackingCodes.prefixOf(unit)).isEqualTo(prefix);
    }

    @Test
    void readsWhatAPersonTypes() {
        String code = codes.codeOf("xa-hung-cuong", "abc");
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        assertThat(TrackingCodes.parse(typed)).isEqualTo(new TrackingCodes.Parsed.Valid(code));
        assertThat(TrackingCodes.parse(code.replace("-", ""))).isEqualTo(new TrackingCodes.Parsed.Valid(code));
    }

    @Test
    void catchesEverySingleWrongCharacter() {
        for (int n = 0; n < 200; n++) {
            String code = codes.codeOf("xa-hung-cuong", "feedback-" + n);
            String symbols = code.substring(3).replace("-", "");
            for (int position = 0; position < symbols.length(); position++) {
                for (char other : TrackingCodes.ALPHABET.toCharArray()) {
                    if (other != symbols.charAt(position)) {
                        String wrong = symbols.substring(0, position) + other + symbols.substring(position + 1);
                        assertThat(TrackingCodes.parse("HC-" + wrong)).as("%s typed as %s", code, wrong)
                                .isInstanceOf(TrackingCodes.Parsed.WrongCheck.class);
                    }
                }
            }
        }
    }

    @Test
    void catchesEverySwapOfNeighbours() {
        for (int n = 0; n < 2000; n++) {
            String symbols = codes.codeOf("xa-hung-cuong", "swap-" + n).substring(3).replace("-", "");
            for (int i = 0; i + 1 < symbols.length(); i++) {
                if (symbols.charAt(i) != symbols.charAt(i + 1)) {
                    String swapped = symbols.substring(0, i) + symbols.charAt(i + 1) + symbols.charAt(i) + symbols.substring(i + 2);
                    assertThat(TrackingCodes.parse("HC" + swapped)).isInstanceOf(TrackingCodes.Parsed.WrongCheck.class);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"''", "HC", "HC-7K4P", "HC-0K4P-2QX9M", "HC-7K4P-2QX9MM", "ABCD-7K4P-2QX9M", "HC_7K4P_2QX9M", "<script>"})
    void refusesWhatIsNotTheShapeOfACode(String typed) {
        assertThat(TrackingCodes.parse(typed)).isInstanceOf(TrackingCodes.Parsed.Malformed.class);
    }

    @Test
    void refusesANullOrHugeInput() {
        assertThat(TrackingCodes.parse(null)).isInstanceOf(TrackingCodes.Parsed.Malformed.class);
        assertThat(TrackingCodes.parse("A".repeat(10_000))).isInstanceOf(TrackingCodes.Parsed.Malformed.class);
    }
}

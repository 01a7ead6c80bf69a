package vn.phananh.processor.classify;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeatureSpaceTest {

    @Test
    void aMessageBecomesSortedLogScaledUnitLengthCountsPlusTheBias() {
        FeatureSpace space = new FeatureSpace(List.of("u:duong", "u:ngap", "b:duong ngap", "u:rac"));
        Feature[] vector = space.vector(List.of("u:ngap", "u:duong", "u:ngap", "u:khong-co", "b:duong ngap"));

        assertThat(vector).extracting(Feature::getIndex).containsExactly(1, 2, 3, 5);
        double two = 1 + Math.log(2);
        double norm = Math.sqrt(1 + two * two + 1);
        assertThat(vector[0].getValue()).isCloseTo(1 / norm, within(1e-12));
        assertThat(vector[1].getValue()).isCloseTo(two / norm, within(1e-12));
        assertThat(vector[2].getValue()).isCloseTo(1 / norm, within(1e-12));
        assertThat(vector[3].getValue()).isEqualTo(1.0);
    }

    @Test
    void everyNameOfALargeVocabularyFindsItsOwnNumberAndNothingElseIsFound() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            names.add("u:" + Integer.toString(i, 36));
        }
        FeatureSpace space = new FeatureSpace(names);
        for (int i = 0; i < names.size(); i += 997) {
            assertThat(space.vector(List.of(names.get(i)))[0].getIndex()).isEqualTo(i + 1);
        }
        assertThat(space.vector(List.of("u:khong-co", "b:x y"))).extracting(Feature::getIndex)
                .containsExactly(space.biasIndex());
    }
}

package vn.phananh.units;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitDirectoryTest {

    final SecretRef.Secrets secrets = new SecretRef.Secrets(Map.of(), UnitFilesTest.DEV.resolve("secrets"));
    final UnitFiles files = new UnitFiles(secrets);
    final UnitDefinition hungCuong = files.read(UnitFilesTest.DEV.resolve("xa-hung-cuong.json"));
    final UnitDefinition thachThang = files.read(UnitFilesTest.DEV.resolve("phuong-thach-thang.json"));

    @Test
    void theDevelopmentUnitsShareOneApiKeyAndNothingElse() {
        assertThatCode(() -> UnitDirectory.of(List.of(hungCuong)).checkCanHold(thachThang, secrets)).doesNotThrowAnyException();
    }

    @Test
    void aPageOfAnotherUnitIsRefused() {
        UnitDefinition copy = with(thachThang, List.of("104729385610293"), thachThang.desks(), thachThang.apiKeys());
        assertThatThrownBy(() -> UnitDirectory.of(List.of(hungCuong)).checkCanHold(copy, secrets))
                .isInstanceOf(InvalidUnitException.class)
                .hasMessage("channels.facebookPages: 104729385610293 already belongs to xa-hung-cuong");
    }

    @Test
    void aDeskClientOfAnotherUnitIsRefused() {
        UnitDefinition copy = with(thachThang, thachThang.facebookPages(),
                List.of(new UnitDefinition.Desk("mot-cua-moi", "desk-xa-hung-cuong", null)), thachThang.apiKeys());
        assertThatThrownBy(() -> UnitDirectory.of(List.of(hungCuong)).checkCanHold(copy, secrets))
                .hasMessageStartingWith("channels.desks[].clientId: desk-xa-hung-cuong already belongs to xa-hung-cuong");
    }

    @Test
    void aKeyIdWithAnotherHashIsRefused() {
        UnitDefinition copy = with(thachThang, thachThang.facebookPages(), thachThang.desks(),
                List.of(new UnitDefinition.ApiKey("cong-gop-y", new SecretRef("0".repeat(64)))));
        assertThatThrownBy(() -> UnitDirectory.of(List.of(hungCuong)).checkCanHold(copy, secrets))
                .hasMessageStartingWith("channels.apiKeys[].id: key cong-gop-y differs");
    }

    private static UnitDefinition with(UnitDefinition u, List<String> pages, List<UnitDefinition.Desk> desks,
            List<UnitDefinition.ApiKey> keys) {
        return new UnitDefinition(u.code(), u.name(), u.shortName(), u.revision(), u.updatedAt(), u.staffGroup(), pages,
                u.zaloAccounts(), desks, keys, u.gazetteer(), u.deadlines(), u.staff());
    }

    static Path dev() {
        return UnitFilesTest.DEV;
    }
}

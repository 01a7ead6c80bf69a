package vn.phananh.units;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitFilesTest {

    static final Path DEV = Path.of(System.getProperty("phananh.root.dir", "..")).resolve("units/dev");
    final UnitFiles files = new UnitFiles(new SecretRef.Secrets(Map.of("DESK_SECRET", "bi-mat"), DEV.resolve("secrets")));

    @Test
    void readsBothDevelopmentUnitsWithTheirGazetteers() {
        UnitDefinition hungCuong = files.read(DEV.resolve("xa-hung-cuong.json"));
        assertThat(hungCuong.code()).isEqualTo("xa-hung-cuong");
        assertThat(hungCuong.staffGroup()).isEqualTo("/units/xa-hung-cuong");
        assertThat(hungCuong.gazetteer().places()).hasSize(25);
        assertThat(hungCuong.apiKeys()).extracting(UnitDefinition.ApiKey::id).containsExactly("tong-dai-1022", "cong-gop-y");
        UnitDefinition thachThang = files.read(DEV.resolve("phuong-thach-thang.json"));
        assertThat(thachThang.gazetteer().places()).extracting(UnitDefinition.Place::id)
                .contains("tdp-3", "kiet-45-hoang-dieu", "cho-thach-thang", "truong-th-hai-van", "tram-y-te");
        assertThat(thachThang.deadlines().workingDaysByKind()).containsEntry("DENUNCIATION", 30);
    }

    @Test
    void readsTheTokensAndCallbackTheOutboxSenderAnswersWith() throws IOException {
        Path file = edited(s -> s.replace("882b\" }", "882b\", \"callbackUrl\": \"https://cong-gop-y.example/phan-hoi\" }"));
        UnitDefinition unit = files.read(file);
        assertThat(unit.facebookPageTokens()).containsOnlyKeys("204729385610299");
        assertThat(unit.facebookPageTokens().get("204729385610299").reference()).isEqualTo("file:facebook-page-phuong-thach-thang.token");
        assertThat(unit.zaloAccounts().getFirst().accessToken().reference()).isEqualTo("file:zalo-oa-phuong-thach-thang.token");
        assertThat(unit.apiKeys().getFirst().callbackUrl()).isEqualTo("https://cong-gop-y.example/phan-hoi");
        // What goes on units.v1 comes back the same: references, never the tokens.
        UnitDefinition back = UnitCodec.fromRecord(UnitCodec.toRecord(unit));
        assertThat(back.facebookPageTokens()).isEqualTo(unit.facebookPageTokens());
        assertThat(back.zaloAccounts()).isEqualTo(unit.zaloAccounts());
        assertThat(back.apiKeys()).isEqualTo(unit.apiKeys());
        assertThat(UnitCodec.toRecord(unit).toString()).doesNotContain("EAAdevpagetoken", "zalo-oa-access-token");
    }

    @Test
    void keepsPersonalDataForTheDefaultTwoYearsUnlessTheFileSaysOtherwise() throws IOException {
        UnitDefinition byDefault = files.read(DEV.resolve("phuong-thach-thang.json"));
        assertThat(byDefault.retention().days()).isEqualTo(730);
        assertThat(UnitCodec.toRecord(byDefault).getPersonalDataDays()).isNull();

        UnitDefinition shorter = files.read(edited(s -> s.replace("\"staffGroup\":",
                "\"retention\": { \"personalDataDays\": 365 }, \"staffGroup\":")));
        assertThat(shorter.retention().days()).isEqualTo(365);
        // On units.v1 and back, as every service reads it.
        assertThat(UnitCodec.fromRecord(UnitCodec.toRecord(shorter)).retention().days()).isEqualTo(365);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "code missing                 | code                                  | \"code\": \"phuong-thach-thang\",  | ",
        "code with capitals           | code                                  | \"phuong-thach-thang\"            | \"Phuong-ThachThang\"",
        "misspelt top-level field     | chanels                               | \"channels\":                      | \"chanels\":",
        "secret given in clear        | channels.zaloAccounts[0].secretKey    | \"file:zalo-oa-phuong-thach-thang.key\" | \"test_oa_secret_two_not_real\"",
        "secret file missing          | channels.zaloAccounts[0].secretKey    | zalo-oa-phuong-thach-thang.key    | khong-co.key",
        "api key hash not hex         | channels.apiKeys[0].sha256            | 9a26e35f2c72d041897f43bcb6cf3c098382727a363dc3cad2a5ccc8c884882b | khong-phai-hex",
        "unknown kind                 | deadlines.workingDaysByKind.QUESTIONS | \"QUESTION\"                      | \"QUESTIONS\"",
        "negative working days        | deadlines.workingDaysByKind.COMPLAINT | \"COMPLAINT\": 10                 | \"COMPLAINT\": -1",
        "staff group outside /units/  | staffGroup                            | \"/units/phuong-thach-thang\"     | \"/phong-noi-vu\"",
        "gazetteer file missing       | gazetteer                             | phuong-thach-thang.gazetteer.json | khong-co.gazetteer.json",
        "page token given in clear    | channels.facebookPageTokens.204729385610299 | \"file:facebook-page-phuong-thach-thang.token\" | \"EAAtokenInClear\"",
        "token of a page not listed   | channels.facebookPageTokens.304729385610301 | \"204729385610299\": \"file: | \"304729385610301\": \"file:",
        "OA access token file missing | channels.zaloAccounts[0].accessToken  | zalo-oa-phuong-thach-thang.token  | khong-co.token",
        "callback not an http URL     | channels.apiKeys[0].callbackUrl       | 882b\" }                          | 882b\", \"callbackUrl\": \"ftp://cong-gop-y.example/cb\" }",
        "negative retention           | retention.personalDataDays            | \"staffGroup\":                    | \"retention\": { \"personalDataDays\": -1 }, \"staffGroup\":",
        "retention days as text       | retention.personalDataDays            | \"staffGroup\":                    | \"retention\": { \"personalDataDays\": \"hai năm\" }, \"staffGroup\":",
        "misspelt retention field     | retention.personalDataYears           | \"staffGroup\":                    | \"retention\": { \"personalDataYears\": 2 }, \"staffGroup\":",
    })
    void refusesAFileWithAnErrorNamingTheField(String label, String field, String replaced, String by) throws IOException {
        Path file = edited(s -> s.replace(replaced.strip(), by == null ? "" : by.strip()));
        assertThatThrownBy(() -> files.read(file)).as(label).isInstanceOf(InvalidUnitException.class)
                .satisfies(ex -> assertThat(((InvalidUnitException) ex).field()).isEqualTo(field));
    }

    @Test
    void refusesAPlaceOfAnUnknownTypeInTheGazetteerNamingItsIndex() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "units");
        Files.writeString(dir.resolve("g.json"), Files.readString(DEV.resolve("phuong-thach-thang.gazetteer.json"))
                .replaceFirst("\"type\": \"LANDMARK\"", "\"type\": \"LANDMARKS\""));
        Files.writeString(dir.resolve("u.json"), Files.readString(DEV.resolve("phuong-thach-thang.json"))
                .replace("phuong-thach-thang.gazetteer.json", "g.json")
                .replace("file:zalo-oa-phuong-thach-thang.key", "env:DESK_SECRET"));
        assertThatThrownBy(() -> files.read(dir.resolve("u.json"))).isInstanceOf(InvalidUnitException.class)
                .hasMessageStartingWith("gazetteer.places[7].type: one of");
    }

    @Test
    void readsADeskClientSecretAndStaffByReference() throws IOException {
        Path file = edited(s -> s.replace("\"clientId\": \"desk-phuong-thach-thang\" }",
                "\"clientId\": \"desk-phuong-thach-thang\", \"clientSecret\": \"env:DESK_SECRET\" }")
                .replace("\"gazetteer\":", "\"staff\": [{ \"username\": \"can-bo-moi\", \"role\": \"staff\", "
                        + "\"password\": \"env:DESK_SECRET\" }],\n  \"gazetteer\":"));
        UnitDefinition unit = files.read(file);
        assertThat(unit.desks().getFirst().clientSecret().resolve(files())).hasValue("bi-mat");
        assertThat(unit.staff()).singleElement().satisfies(m -> assertThat(m.temporaryPassword()).isTrue());
        assertThat(unit.published(1, java.time.Instant.EPOCH).staff()).as("staff are never published").isEmpty();
        assertThat(unit.desks().getFirst().clientSecret().toString()).isEqualTo("env:DESK_SECRET").doesNotContain("bi-mat");
    }

    private SecretRef.Secrets files() {
        return new SecretRef.Secrets(Map.of("DESK_SECRET", "bi-mat"), DEV.resolve("secrets"));
    }

    /** A copy of the Thạch Thang file, edited, beside its gazetteer. */
    private static Path edited(UnaryOperator<String> edit) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "units");
        Files.copy(DEV.resolve("phuong-thach-thang.gazetteer.json"), dir.resolve("phuong-thach-thang.gazetteer.json"));
        Path file = dir.resolve("unit.json");
        Files.writeString(file, edit.apply(Files.readString(DEV.resolve("phuong-thach-thang.json"))));
        return file;
    }
}

package vn.phananh.load.channel;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelsTest {

    @Test
    void defaultsAreTheDevelopmentUnitsAccountsAndTheRealmsDeskClients() {
        Channels channels = Channels.from(Map.of());

        assertThat(channels.facebookAppSecret()).isEqualTo("test_app_secret_not_real");
        assertThat(channels.zaloAppId()).isEqualTo("1234567890123456789");
        assertThat(channels.unit("xa-hung-cuong")).isEqualTo(new UnitAccounts("xa-hung-cuong", "104729385610293",
                "4024926008133882615", "test_oa_secret_not_real", "desk-xa-hung-cuong", "desk-secret-xa-hung-cuong-not-real"));
        assertThat(channels.unit("phuong-thach-thang")).isEqualTo(new UnitAccounts("phuong-thach-thang",
                "204729385610299", "5024926008133882616", "test_oa_secret_two_not_real", "desk-phuong-thach-thang",
                "desk-secret-phuong-thach-thang-not-real"));
    }

    @Test
    void environmentOverridesUnderTheIngestServicesNames() {
        Channels channels = Channels.from(Map.of("FACEBOOK_APP_SECRET", "s3cret", "FACEBOOK_PAGE_XA_HUNG_CUONG", "42",
                "ZALO_OA_SECRET_PHUONG_THACH_THANG", "zs", "API_KEY_CONG_GOP_Y", "pa_live",
                "PHANANH_DESK_SECRET_XA_HUNG_CUONG", "ds"));

        assertThat(channels.facebookAppSecret()).isEqualTo("s3cret");
        assertThat(channels.unit("xa-hung-cuong").facebookPageId()).isEqualTo("42");
        assertThat(channels.unit("phuong-thach-thang").zaloSecretKey()).isEqualTo("zs");
        assertThat(channels.sharedKey("phuong-thach-thang").key()).isEqualTo("pa_live");
        assertThat(channels.unit("xa-hung-cuong").deskClientSecret()).isEqualTo("ds");
    }

    @Test
    void choosesTheSingleUnitKeyWhereThereIsOneAndTheSharedKeyOtherwise() {
        Channels channels = Channels.from(Map.of());

        assertThat(channels.singleUnitKey("xa-hung-cuong").key()).isEqualTo("pa_test_key_not_real_xa_hung_cuong");
        assertThat(channels.singleUnitKey("phuong-thach-thang").key()).isEqualTo("pa_test_key_not_real_two_units");
        assertThat(channels.sharedKey("xa-hung-cuong").key()).isEqualTo("pa_test_key_not_real_two_units");
        assertThat(channels.singleUnitKey("xa-hung-cuong").boundOnlyTo("xa-hung-cuong")).isTrue();
    }
}

package vn.phananh.ingest.account;

/** A Zalo Official Account: its id, the app it is linked with, the OA secret key and its unit. */
public record ZaloAccount(String oaId, String appId, String secretKey, String unitCode) {

    @Override
    public String toString() {
        return "ZaloAccount[oaId=" + oaId + ", appId=" + appId + ", unitCode=" + unitCode + "]";
    }
}

package vn.phananh.load.channel;

/**
 * One administrative unit's channel accounts as a sender sees them: its Facebook page, its Zalo
 * OA with the OA secret, and the identity provider's client its one-stop desk device signs in as.
 */
public record UnitAccounts(String unitCode, String facebookPageId, String zaloOaId, String zaloSecretKey,
        String deskClientId, String deskClientSecret) {

    @Override
    public String toString() {
        return "UnitAccounts[" + unitCode + ", page " + facebookPageId + ", OA " + zaloOaId + ", desk " + deskClientId + "]";
    }
}

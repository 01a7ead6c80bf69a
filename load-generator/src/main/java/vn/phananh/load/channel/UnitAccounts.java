package vn.phananh.load.channel;

/**
 * One administrative unit's channel accounts as a sender sees them: its Facebook page, its Zalo
 * OA with the OA secret, and the login of a one-stop desk officer.
 */
public record UnitAccounts(String unitCode, String facebookPageId, String zaloOaId, String zaloSecretKey,
        String deskUser, String deskPassword) {
}

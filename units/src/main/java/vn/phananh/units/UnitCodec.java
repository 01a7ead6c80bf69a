package vn.phananh.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.phananh.avro.UnitApiKey;
import vn.phananh.avro.UnitConfig;
import vn.phananh.avro.UnitDeadlines;
import vn.phananh.avro.UnitDesk;
import vn.phananh.avro.UnitGazetteer;
import vn.phananh.avro.UnitPlace;
import vn.phananh.avro.UnitZaloAccount;

/** A unit between its description and the record on {@code units.v1}; staff are never published. */
public final class UnitCodec {

    private UnitCodec() {
    }

    public static UnitConfig toRecord(UnitDefinition u) {
        UnitDefinition.Deadlines d = u.deadlines();
        return UnitConfig.newBuilder().setCode(u.code()).setName(u.name()).setShortName(u.shortName())
                .setRevision(u.revision()).setUpdatedAt(u.updatedAt()).setStaffGroup(u.staffGroup())
                .setFacebookPages(u.facebookPages())
                .setZaloAccounts(u.zaloAccounts().stream().map(z -> new UnitZaloAccount(z.oaId(), z.appId(),
                        z.secretKey().reference(), z.accessToken() == null ? null : z.accessToken().reference())).toList())
                .setDesks(u.desks().stream().map(k -> new UnitDesk(k.id(), k.clientId())).toList())
                .setApiKeys(u.apiKeys().stream().map(k -> new UnitApiKey(k.id(), k.sha256().reference(), k.callbackUrl())).toList())
                .setFacebookPageTokens(references(u.facebookPageTokens()))
                .setGazetteer(new UnitGazetteer(u.gazetteer().communeAliases(), u.gazetteer().places().stream()
                        .map(p -> new UnitPlace(p.id(), p.type(), p.subtype(), p.name(), p.aliases())).toList()))
                .setDeadlines(new UnitDeadlines(d.urgentWorkingDays(), d.defaultWorkingDays(), d.workingDaysByKind(),
                        d.workingDaysByTopic(), d.holidays() == null ? null : d.holidays().stream().map(LocalDate::toString).toList(),
                        d.zone(), d.closingTime()))
                .setPersonalDataDays(u.retention().personalDataDays())
                .build();
    }

    public static UnitDefinition fromRecord(UnitConfig r) {
        UnitDeadlines d = r.getDeadlines();
        List<LocalDate> holidays = d.getHolidays() == null ? null : d.getHolidays().stream().map(LocalDate::parse).toList();
        return new UnitDefinition(r.getCode(), r.getName(), r.getShortName(), r.getRevision(), r.getUpdatedAt(),
                r.getStaffGroup(), r.getFacebookPages(),
                r.getZaloAccounts().stream().map(z -> new UnitDefinition.ZaloAccount(z.getOaId(), z.getAppId(),
                        new SecretRef(z.getSecretKeyRef()),
                        z.getAccessTokenRef() == null ? null : new SecretRef(z.getAccessTokenRef()))).toList(),
                r.getDesks().stream().map(k -> new UnitDefinition.Desk(k.getId(), k.getClientId(), null)).toList(),
                r.getApiKeys().stream().map(k -> new UnitDefinition.ApiKey(k.getId(), new SecretRef(k.getSha256()),
                        k.getCallbackUrl())).toList(),
                new UnitDefinition.Gazetteer(r.getGazetteer().getCommuneAliases(), r.getGazetteer().getPlaces().stream()
                        .map(p -> new UnitDefinition.Place(p.getId(), p.getType(), p.getSubtype(), p.getName(),
                                p.getAliases())).toList()),
                new UnitDefinition.Deadlines(d.getUrgentWorkingDays(), d.getDefaultWorkingDays(), d.getWorkingDaysByKind(),
                        d.getWorkingDaysByTopic(), holidays, d.getZone(), d.getClosingTime()),
                List.of(), pageTokens(r.getFacebookPageTokens()),
                new UnitDefinition.Retention(r.getPersonalDataDays()));
    }

    private static Map<String, String> references(Map<String, SecretRef> tokens) {
        Map<String, String> references = new TreeMap<>();
        tokens.forEach((page, ref) -> references.put(page, ref.reference()));
        return references;
    }

    private static Map<String, SecretRef> pageTokens(Map<String, String> references) {
        Map<String, SecretRef> tokens = new TreeMap<>();
        references.forEach((page, ref) -> tokens.put(page, new SecretRef(ref)));
        return tokens;
    }
}

package vn.phananh.load.channel;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * Records a visitor's feedback at the one-stop desk ({@code POST /desk/v1/feedback}) as the
 * unit's desk device (its bearer token, client credentials), with an {@code Idempotency-Key} so a
 * double submit stores one record. The service answers {@code 201 {"feedbackId","status"}}.
 */
public final class DeskClient {

    static final String PATH = "/desk/v1/feedback";

    private final JsonHttp http;
    private final Identity identity;

    public DeskClient(JsonHttp http, Identity identity) {
        this.http = http;
        this.identity = identity;
    }

    /** What the officer typed; the citizen's name and contact are optional, {@code occurredAt} too. */
    public record DeskRecord(String idempotencyKey, String text, String citizenName, String citizenContact,
            Instant occurredAt) {
    }

    public Delivery record(UnitAccounts unit, DeskRecord record) {
        Map<String, String> headers = Map.of("Authorization", identity.client(unit.deskClientId(), unit.deskClientSecret()),
                "Idempotency-Key", record.idempotencyKey());
        HttpAnswer answer = http.post(PATH, headers, body(record));
        if (!answer.ok()) {
            return Delivery.refused("DESK", answer.status(), null, answer.title(), answer.detail());
        }
        return new Delivery("DESK", answer.status(), Json.text(answer.body(), "feedbackId"),
                Json.text(answer.body(), "status"), null, null);
    }

    static byte[] body(DeskRecord record) {
        ObjectNode root = Json.object().put("text", record.text());
        if (record.citizenName() != null || record.citizenContact() != null) {
            ObjectNode citizen = root.putObject("citizen");
            if (record.citizenName() != null) {
                citizen.put("name", record.citizenName());
            }
            if (record.citizenContact() != null) {
                citizen.put("contact", record.citizenContact());
            }
        }
        if (record.occurredAt() != null) {
            root.put("occurredAt", record.occurredAt().toString());
        }
        return Json.bytes(root);
    }
}

package vn.phananh.outbox.channel;

import java.net.URI;
import java.util.Map;

/**
 * An integration's callback: a JSON POST of what the citizen is told to the URL the integration
 * registered in the unit's configuration. 2xx is delivered; 429, 5xx and no answer are retried;
 * any other status is the integration refusing it (permanent, dead-lettered for a replay).
 */
public final class Callback {

    private final Http http;

    public Callback(Http http) {
        this.http = http;
    }

    public SendResult post(URI url, Map<String, Object> body) throws InterruptedException {
        Http.Answer answer = http.postJson(url, Map.of(), body);
        if (answer.transportFailed()) {
            return new SendResult.Retriable("callback: " + answer.ioError());
        }
        if (answer.status() / 100 == 2) {
            return new SendResult.Sent(null);
        }
        String what = "callback: HTTP " + answer.status();
        return answer.status() >= 500 || answer.status() == 429 ? new SendResult.Retriable(what) : new SendResult.Permanent(what);
    }
}

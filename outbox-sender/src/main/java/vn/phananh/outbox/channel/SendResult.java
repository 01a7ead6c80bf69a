package vn.phananh.outbox.channel;

/**
 * What one request to a platform came to. Only {@link Retriable} is tried again; the others end
 * the message: sent, not sent for a reason the platform or a rule gave (a closed window), or failed
 * for good (an invalid token), which goes to the dead letters to be replayed once fixed.
 */
public sealed interface SendResult {

    /** Delivered; {@code platformId} is the platform's id of the comment or message, when it gives one. */
    record Sent(String platformId) implements SendResult {
    }

    /** Not delivered, and retrying would not change that (outside the reply window, no route). */
    record NotSent(String reason) implements SendResult {
    }

    /** A passing failure: rate limit, 5xx, timeout. */
    record Retriable(String error) implements SendResult {
    }

    /** A failure retrying does not cure: the request or the credentials are wrong. */
    record Permanent(String error) implements SendResult {
    }
}

package vn.phananh.outbox.delivery;

import vn.phananh.outbox.channel.SendResult;

/** What to do with a message: one request to repeat until it ends, or an outcome known before any request. */
sealed interface Plan {

    /** The request to the platform; each call is one attempt. */
    @FunctionalInterface
    interface Request {
        SendResult send() throws InterruptedException;
    }

    record Send(Route route, Request request) implements Plan {
    }

    record Decided(Outcome outcome) implements Plan {
    }
}

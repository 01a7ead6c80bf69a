package vn.phananh.ingest.http;

import vn.phananh.avro.Channel;

/**
 * A request this service refuses, with the {@link Problem} to answer and the channel to count it
 * against. The detail must never hold citizen text or personal data: it is sent back and logged.
 */
public class IngestException extends RuntimeException {

    private final Problem problem;
    private final Channel channel;

    public IngestException(Problem problem, Channel channel, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
        this.channel = channel;
    }

    public IngestException(Problem problem, Channel channel, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.problem = problem;
        this.channel = channel;
    }

    public Problem problem() {
        return problem;
    }

    public Channel channel() {
        return channel;
    }
}

package vn.phananh.ingest.http;

import vn.phananh.avro.Channel;
import vn.phananh.web.ProblemType;

/**
 * A request this service refuses, with the {@link ProblemType} to answer and the channel to count it
 * against. The detail must never hold citizen text or personal data: it is sent back and logged.
 */
public class IngestException extends RuntimeException {

    private final ProblemType problem;
    private final Channel channel;

    public IngestException(ProblemType problem, Channel channel, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
        this.channel = channel;
    }

    public IngestException(ProblemType problem, Channel channel, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.problem = problem;
        this.channel = channel;
    }

    public ProblemType problem() {
        return problem;
    }

    public Channel channel() {
        return channel;
    }
}

package vn.phananh.ingest.http;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.unit.DataSize;

import vn.phananh.avro.Channel;
import vn.phananh.web.ProblemType;

/**
 * Reads a request body as the exact bytes received (signatures are computed over them), never
 * more than a limit: a declared or actual length above it is refused with 413 before parsing.
 */
public final class RequestBodies {

    public static byte[] read(HttpServletRequest request, DataSize limit, Channel channel) {
        long max = limit.toBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(channel, max);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw tooLarge(channel, max);
            }
            return body;
        }
        catch (IOException ex) {
            throw new IngestException(ProblemType.MALFORMED_BODY, channel, "The body could not be read", ex);
        }
    }

    private static IngestException tooLarge(Channel channel, long max) {
        return new IngestException(ProblemType.PAYLOAD_TOO_LARGE, channel, "The body exceeds " + max + " bytes");
    }

    private RequestBodies() {
    }
}

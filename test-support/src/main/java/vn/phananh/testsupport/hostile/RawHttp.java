package vn.phananh.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one connection per request. Unlike {@code java.net.http} it sends
 * whatever it is given: raw bytes in the request target, duplicated or oversized headers, any
 * Content-Type, a Content-Length that lies. The request side is closed after the body, so a body
 * shorter than its declared length ends in EOF instead of a wait.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** What came back: status, headers (names lower-cased, in order) and the de-chunked body. */
    public record Reply(int status, List<Attempt.Header> headers, byte[] body) {

        public String header(String name) {
            return headers.stream().filter(h -> h.name().equals(name)).map(Attempt.Header::value).findFirst()
                    .orElse(null);
        }

        public String contentType() {
            String type = header("content-type");
            return type == null ? "" : type.toLowerCase(Locale.ROOT);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + contentType() + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
        }
    }

    public Reply send(Attempt attempt) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head(attempt));
                out.write(attempt.body());
                out.flush();
                socket.shutdownOutput();
            }
            catch (IOException ex) {
                // The server may answer (413, 400) and stop reading before the body is sent: read the answer.
            }
            return parse(readAll(socket.getInputStream()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("No HTTP answer to " + attempt, ex);
        }
    }

    private byte[] head(Attempt attempt) {
        StringBuilder head = new StringBuilder();
        head.append(attempt.method()).append(' ').append(attempt.target()).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        for (Attempt.Header h : attempt.headers()) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        if (!attempt.has("Content-Length") && !attempt.has("Transfer-Encoding")) {
            head.append("Content-Length: ").append(attempt.body().length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try {
            for (int n; (n = in.read(buffer)) != -1;) {
                all.write(buffer, 0, n);
            }
        }
        catch (IOException ex) {
            // A reset after a complete answer (the server closed while our body was unread) is still an answer.
            if (all.size() == 0) {
                throw ex;
            }
        }
        return all.toByteArray();
    }

    public static Reply parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IllegalStateException("Not an HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<Attempt.Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new Attempt.Header(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    new String(lines[i].substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1),
                            StandardCharsets.UTF_8)));
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.stream()
                .anyMatch(h -> h.name().equals("transfer-encoding") && h.value().equalsIgnoreCase("chunked"));
        return new Reply(status, headers, chunked ? dechunk(body) : body);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, new byte[] { '\r', '\n' }, at);
            String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

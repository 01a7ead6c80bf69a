package vn.phananh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Real Tomcat on a free port, fed bytes no HTTP client would send: what Tomcat refuses before
 * Spring sees the request is answered with a problem of the shared vocabulary, not Tomcat's
 * HTML page with its version.
 */
@SpringBootTest(classes = vn.phananh.web.demo.HelloApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerErrorReportsTest {

    @Value("${local.server.port}")
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /hello HTTP/1.1\r\nHost: x\r\nBad\u0000Name: 1\r\nConnection: close\r\n\r\n",
            "GET /hello?a[0]=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /hello HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n",
            "GET /hel%00lo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" })
    void answersMalformedHttpWithAProblem(String request) throws IOException {
        String answer = exchange(request);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"type\":\"https://phananh.vn/problems/invalid-request\"").contains("\"status\":400")
                .doesNotContain("<html").doesNotContainIgnoringCase("tomcat");
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}

package vn.phananh.web.demo;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service with one endpoint, in a package of its own so that it gets the module's
 * configuration the way the real services do: as an auto-configuration, not by component scan.
 */
@SpringBootApplication
public class HelloApplication {

    @RestController
    static class Hello {

        @GetMapping("/hello")
        String hello() {
            return "xin chào";
        }
    }
}

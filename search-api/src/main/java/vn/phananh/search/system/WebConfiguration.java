package vn.phananh.search.system;

import java.text.ParseException;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How request parameters become values. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // Added after Spring's own Instant formatter, so it takes its place for every parameter.
        registry.addFormatter(new BoundedInstantFormatter());
    }

    /**
     * Spring's parsing of a time parameter (ISO-8601, epoch milliseconds, RFC 1123), refusing a time
     * outside {@link TimeBounds}: the one check every {@code from} and {@code to} goes through.
     */
    static final class BoundedInstantFormatter extends InstantFormatter {

        @Override
        public Instant parse(String text, Locale locale) throws ParseException {
            Instant time = super.parse(text, locale);
            if (!TimeBounds.contains(time)) {
                throw new IllegalArgumentException("Time out of bounds");
            }
            return time;
        }
    }
}

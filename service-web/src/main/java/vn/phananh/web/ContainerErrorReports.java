package vn.phananh.web;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Requests Tomcat refuses itself (a NUL or a bad name in a header, a folded or oversized header
 * block, two Content-Lengths, an encoded NUL in the path, brackets in the query string) never
 * reach Spring; Tomcat's error report answers them with an HTML page naming the server. Every
 * service that has this module answers them with the same RFC 9457 problem as every other error.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ErrorReportValve.class)
public class ContainerErrorReports {

    @Bean
    ProblemReports problemReports() {
        return new ProblemReports();
    }

    /** Puts the problem report valve on Tomcat's host in place of the HTML one. */
    static final class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> replaceReportValve(context.getParent()));
        }

        private static void replaceReportValve(Container host) {
            if (host instanceof StandardHost standardHost) {
                // The host adds a report valve of this class at start unless it finds one.
                standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemReportValve());
        }

        @Override
        public int getOrder() {
            // After Spring Boot's own customizer, which adds the HTML report valve this one replaces.
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Writes the container's error responses as problem details; never a stack trace or server version. */
    public static final class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(Problems.json(status, ProblemType.forStatus(status), status < 500
                            ? "The server refused the request as malformed HTTP" : "The request could not be processed"));
                    response.finishResponse();
                }
            }
            catch (IOException | IllegalStateException ex) {
                // The connection is gone or the response was committed meanwhile: nothing left to tell.
            }
        }
    }
}

package vn.phananh.search.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The report as a PDF: the page's own template in print mode (no navigation, the print style
 * sheet inline), read by jsoup into a DOM and laid out by openhtmltopdf on PDFBox, with DejaVu Sans
 * embedded (from the jasperreports-fonts artifact) so every Vietnamese letter is drawn and can be
 * copied or searched in the PDF.
 */
@Component
public class ReportPdf {

    static final String TEMPLATE = "report/report";
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final String PRINT_CSS = "pdf/report-print.css";

    private final ISpringTemplateEngine templates;
    private final ApplicationContext context;
    private final String printCss;

    ReportPdf(ISpringTemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
        this.printCss = read(PRINT_CSS);
    }

    /** The report as the HTML the PDF is laid out from. */
    String html(PeriodicReport report) {
        Context model = new Context();
        model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        model.setVariable("report", report);
        model.setVariable("print", true);
        model.setVariable("printCss", printCss);
        return templates.process(TEMPLATE, model);
    }

    public byte[] render(PeriodicReport report) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html(report)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withW3cDocument(document, "/")
                    .toStream(out);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.run();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The PDF as a download named after the unit and period: {@code so-ket-xa-hung-cuong-2026-Q4.pdf}. */
    public ResponseEntity<byte[]> download(PeriodicReport report) {
        String name = "so-ket-" + report.unitCode() + "-" + report.period().label() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(render(report));
    }

    private static InputStream font(String file) {
        try {
            return new ClassPathResource(FONTS + file).getInputStream();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

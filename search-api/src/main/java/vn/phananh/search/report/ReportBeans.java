package vn.phananh.search.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phananh.pages.Labels;
import vn.phananh.pages.PageText;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitRegistry;

/** The report template's {@code @labels} and {@code @text} for the PDF: unit names as configured (units.v1), read live. */
@Configuration(proxyBeanMethods = false)
class ReportBeans {

    @Bean("labels")
    Labels labels(UnitRegistry units) {
        return new Labels(code -> units.current().unit(code).map(UnitDefinition::name));
    }

    @Bean("text")
    PageText text() {
        return new PageText();
    }
}

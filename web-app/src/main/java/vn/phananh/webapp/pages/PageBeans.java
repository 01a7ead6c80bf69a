package vn.phananh.webapp.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phananh.pages.Labels;
import vn.phananh.pages.PageText;

/** The templates' {@code @labels} and {@code @text}: unit names as the search API gives them. */
@Configuration(proxyBeanMethods = false)
class PageBeans {

    @Bean("labels")
    Labels labels(UnitNames units) {
        return new Labels(units::name);
    }

    @Bean("text")
    PageText text() {
        return new PageText();
    }
}

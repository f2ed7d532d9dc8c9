package org.madang.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {
    @ParameterizedTest(name = "{0} is {1}: {2}")
    @CsvSource({
            "/,                          /,                        true",
            "/index.xhtml,               /,                        true",
            "/services/,                 /,                        false",
            "/services/,                 /services/,               true",
            "/services/service.xhtml,    /services/,               true",
            "/servicesX/,                /services/,               false",
            "/my/,                       /my/,                     true",
            "/my/index.xhtml,            /my/,                     true",
            "/my/inbox.xhtml,            /my/,                     false",
            "/my/inbox.xhtml,            /my/inbox.xhtml,          true",
            "/my/applications.xhtml,     /my/documents.xhtml,      false",
    })
    void saysWhichItemIsThePageBeingShown(String page, String item, boolean current) {
        assertThat(Navigation.isCurrent(page, item)).isEqualTo(current);
    }
}

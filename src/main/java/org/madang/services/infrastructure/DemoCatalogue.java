package org.madang.services.infrastructure;

import java.util.List;
import java.util.stream.Stream;

/** The whole demo catalogue: the 33 services of shared/data/kr-services.csv, the everyday ones people look for first, and what the bundles add. */
final class DemoCatalogue {
    private DemoCatalogue() {
    }

    static List<DemoService> services() {
        return Stream.of(DemoCertificates.services(), DemoEveryday.services(), DemoTaxWelfare.services(), DemoEmploymentSafety.services(),
                DemoBusiness.services(), DemoInvestmentTrade.services(), DemoBundleServices.services()).flatMap(List::stream).toList();
    }
}

package org.madang.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The portal's REST API: the machine-readable twin of its public pages. Documented at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Madang API", version = "1.0",
        description = "Public data and services of the Madang citizen portal, in Korean and English.",
        contact = @Contact(name = "Madang"), license = @License(name = "KOGL Type 1")))
public class MadangApi extends Application {
}

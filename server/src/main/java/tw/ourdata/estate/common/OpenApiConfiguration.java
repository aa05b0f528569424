package tw.ourdata.estate.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ourDataOpenApi() {
        return new OpenAPI()
                .info(new Info().title("OurData Estate API").version("v1")
                        .description("Machine-facing APIs: death-registration notices from household registration offices, "
                                + "asset-query answers and transfer confirmations from institutions, the treasury's payment "
                                + "confirmation, the public estate-tax estimate and document verification. Errors are RFC 9457 "
                                + "problem documents; a 422 lists every problem as {field, message}.")
                        .license(new License().name("AGPL-3.0-or-later").url("https://www.gnu.org/licenses/agpl-3.0.html")))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The client's API key (registration office, institution, treasury)."))
                        .addSecuritySchemes("officer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A tax officer's engine identity.")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("officer"));
    }
}

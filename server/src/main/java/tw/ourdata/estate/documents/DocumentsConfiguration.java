package tw.ourdata.estate.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.ourdata.estate.templates.EstateDocumentRenderer;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    /** One for the whole server: building it reads the 7 MB font and the templates; rendering is thread-safe. */
    @Bean
    EstateDocumentRenderer estateDocumentRenderer() {
        return new EstateDocumentRenderer();
    }
}

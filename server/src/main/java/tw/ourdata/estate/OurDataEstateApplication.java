package tw.ourdata.estate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * OurData Estate: a Taiwanese estate, from the death registration to the transfer of every
 * asset, as one auditable BPMN workflow. Each package below is one feature of that lifecycle.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OurDataEstateApplication {

    public static void main(String[] args) {
        SpringApplication.run(OurDataEstateApplication.class, args);
    }
}

package tw.ourdata.estate.heirs.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import tw.ourdata.estate.common.DeploymentMode;

/**
 * The sender in use: a deployer's own {@link NotificationSender} bean wins. Otherwise demo mode
 * delivers to the dev inbox, and a real deployment without a gateway keeps its messages queued
 * (and says so), rather than pretending to have sent them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(NotificationSender.class)
    NotificationSender notificationSender(DeploymentMode mode) {
        if (mode.demo()) {
            // The outbox row itself is the dev inbox: delivering is marking it sent.
            return notification -> { };
        }
        log.warn("No NotificationSender configured: invitations and one-time codes stay in notification_outbox, unsent.");
        return notification -> {
            throw new IllegalStateException("no e-mail or SMS gateway is configured");
        };
    }
}

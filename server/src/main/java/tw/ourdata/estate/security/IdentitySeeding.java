package tw.ourdata.estate.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import tw.ourdata.estate.common.DeploymentMode;
import tw.ourdata.estate.institutions.Institution;
import tw.ourdata.estate.institutions.Institutions;

/**
 * Makes sure someone can log in to the webapps, and that nobody can claim them first: with no
 * user at all, Camunda Admin would offer "create the initial user" to whoever comes by.
 *
 * <p>Demo mode seeds {@code admin}/{@code admin}, {@code officer}/{@code officer} and the
 * registration office client {@code dev-registration-office}, the treasury client {@code dev-treasury}, and one institution client
 * {@code dev-<institution code>} per institution (e.g. {@code dev-LAND}, {@code dev-JCIC}). Otherwise the administrator comes
 * from {@code ourdata.admin.username}/{@code ourdata.admin.password}, and the server refuses to
 * start without one.
 */
@Component
class IdentitySeeding implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeding.class);

    static final String DEMO_REGISTRATION_OFFICE_KEY = "dev-registration-office";
    static final String DEMO_INSTITUTION_KEY_PREFIX = "dev-";
    static final String DEMO_TREASURY_KEY = "dev-treasury";

    private final IdentityService identity;
    private final ApiClientRepository clients;
    private final DeploymentMode mode;
    private final Environment env;
    private final Institutions institutions;

    IdentitySeeding(IdentityService identity, ApiClientRepository clients, DeploymentMode mode, Environment env,
                    Institutions institutions) {
        this.identity = identity;
        this.institutions = institutions;
        this.clients = clients;
        this.mode = mode;
        this.env = env;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureGroup(EngineIdentityAuthenticationProvider.ADMIN_GROUP, "Camunda administrators", "SYSTEM");
        ensureGroup(EngineIdentityAuthenticationProvider.OFFICERS_GROUP, "Tax officers 稽徵機關", "WORKFLOW");
        String adminUser = env.getProperty("ourdata.admin.username");
        String adminPassword = env.getProperty("ourdata.admin.password");
        if (StringUtils.hasText(adminUser) && StringUtils.hasText(adminPassword)) {
            ensureUser(adminUser, adminPassword, "Administrator", EngineIdentityAuthenticationProvider.ADMIN_GROUP);
        }
        if (mode.demo()) {
            ensureUser("admin", "admin", "Demo administrator", EngineIdentityAuthenticationProvider.ADMIN_GROUP);
            ensureUser("officer", "officer", "Demo tax officer 示範稽徵人員", EngineIdentityAuthenticationProvider.OFFICERS_GROUP);
            clients.ensure(ApiClient.Kind.REGISTRATION_OFFICE, "Demo household registration office 示範戶政事務所",
                    DEMO_REGISTRATION_OFFICE_KEY, null, true);
            clients.ensure(ApiClient.Kind.TREASURY, "Demo treasury 示範公庫", DEMO_TREASURY_KEY, null, true);
            for (Institution institution : institutions.active()) {
                clients.ensure(ApiClient.Kind.INSTITUTION, "Demo " + institution.displayName(),
                        DEMO_INSTITUTION_KEY_PREFIX + institution.code(), institution.code(), true);
            }
            log.warn("Demo mode: well-known users admin/admin, officer/officer and the dev-* API keys are active. "
                    + "Never run demo mode with real data.");
        } else if (identity.createUserQuery().memberOfGroup(EngineIdentityAuthenticationProvider.ADMIN_GROUP).count() == 0) {
            throw new IllegalStateException("No administrator: set ourdata.admin.username and ourdata.admin.password "
                    + "(OURDATA_ADMIN_USERNAME / OURDATA_ADMIN_PASSWORD) for the first start outside demo mode.");
        }
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            try {
                Group group = identity.newGroup(id);
                group.setName(name);
                group.setType(type);
                identity.saveGroup(group);
            } catch (RuntimeException e) {
                // Another node of the cluster may have created it at the same moment: that is the goal.
                if (identity.createGroupQuery().groupId(id).count() == 0) {
                    throw e;
                }
            }
        }
    }

    private void ensureUser(String id, String password, String name, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            try {
                User user = identity.newUser(id);
                user.setFirstName(name);
                user.setLastName("");
                user.setPassword(password);
                identity.saveUser(user);
            } catch (RuntimeException e) {
                // Another node of the cluster may have created it at the same moment: that is the goal.
                if (identity.createUserQuery().userId(id).count() == 0) {
                    throw e;
                }
            }
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            try {
                identity.createMembership(id, group);
            } catch (RuntimeException e) {
                if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                    throw e;
                }
            }
        }
    }
}

package tw.ourdata.estate.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import tw.ourdata.estate.common.DeploymentMode;
import tw.ourdata.estate.signing.ca.PlatformCa;
import tw.ourdata.estate.signing.trust.TrustAnchors;

/** How the server finds, opens and protects its CA on start, without a server. */
class PlatformCaBootstrapTest {

    static final DeploymentMode DEMO = new DeploymentMode(true, true);
    static final DeploymentMode REAL = new DeploymentMode(false, false);

    @TempDir
    Path temp;

    @Test
    void theCaSurvivesARestartAndIsSharedByNodesUsingTheSameDirectory() throws Exception {
        MockEnvironment env = new MockEnvironment().withProperty("ourdata.data-dir", temp.toString())
                .withProperty("ourdata.signing.ca-passphrase", "correct horse battery")
                .withProperty("ourdata.public-base-url", "https://estate.example.tw/");
        CaSettings settings = CaSettings.of(env, REAL);
        assertThat(settings.directory()).isEqualTo(temp.resolve("platform-ca").toAbsolutePath().normalize());

        PlatformCa first = SigningConfiguration.open(settings);
        PlatformCa afterRestart = SigningConfiguration.open(CaSettings.of(env, REAL));

        assertThat(afterRestart.rootCertificate()).isEqualTo(first.rootCertificate());
        assertThat(afterRestart.issuingCertificate()).isEqualTo(first.issuingCertificate());
        assertThat(Files.readString(temp.resolve("platform-ca/root-ca.pem"))).isEqualTo(first.rootCertificatePem());
        assertThat(first.crlUrl()).isEqualTo("https://estate.example.tw/api/v1/trust/crl");
    }

    @Test
    void outsideDemoModeAMissingPassphraseStopsTheStartWithAClearMessage() {
        MockEnvironment env = new MockEnvironment().withProperty("ourdata.data-dir", temp.toString());
        assertThatThrownBy(() -> CaSettings.of(env, REAL))
                .hasMessageContaining("ourdata.signing.ca-passphrase")
                .hasMessageContaining("OURDATA_SIGNING_CA_PASSPHRASE");
        assertThat(Files.exists(temp.resolve("platform-ca"))).as("nothing created without a passphrase").isFalse();
    }

    @Test
    void demoModeUsesTheDocumentedDevPassphraseAndAWrongOneIsRefusedClearly() {
        Path dir = temp.resolve("elsewhere");
        MockEnvironment env = new MockEnvironment().withProperty("ourdata.signing.ca-dir", dir.toString());
        CaSettings demo = CaSettings.of(env, DEMO);
        assertThat(new String(demo.passphrase())).isEqualTo(CaSettings.DEMO_PASSPHRASE).isEqualTo("ourdata-demo-ca-passphrase");
        PlatformCa ca = SigningConfiguration.open(demo);
        assertThat(Files.exists(dir.resolve("platform-ca.p12"))).isTrue();

        env.setProperty("ourdata.signing.ca-passphrase", "not the one it was made with");
        assertThatThrownBy(() -> SigningConfiguration.open(CaSettings.of(env, DEMO)))
                .hasMessageContaining("does not open with the configured passphrase");
        assertThat(SigningConfiguration.open(CaSettings.of(new MockEnvironment()
                .withProperty("ourdata.signing.ca-dir", dir.toString()), DEMO)).rootCertificate())
                .isEqualTo(ca.rootCertificate());
    }

    @Test
    void extraTrustAnchorsComeFromPemFiles() throws Exception {
        PlatformCa other = PlatformCa.openOrCreate(temp.resolve("citizen-ca"), "citizen passphrase".toCharArray(),
                "https://citizen.example.tw");
        Path pem = temp.resolve("citizen-root.pem");
        Files.writeString(pem, other.rootCertificatePem());
        MockEnvironment env = new MockEnvironment().withProperty("ourdata.data-dir", temp.toString())
                .withProperty("ourdata.signing.extra-trust-anchors", pem + ", ");
        CaSettings settings = CaSettings.of(env, DEMO);
        PlatformCa ca = SigningConfiguration.open(settings);

        TrustAnchors trust = new SigningConfiguration().trustAnchors(ca, settings, java.util.Optional.empty());

        assertThat(trust.anchors()).containsExactly(ca.rootCertificate(), other.rootCertificate());

        env.setProperty("ourdata.signing.extra-trust-anchors", temp.resolve("missing.pem").toString());
        assertThatThrownBy(() -> CaSettings.of(env, DEMO).readExtraTrustAnchors())
                .hasMessageContaining("ourdata.signing.extra-trust-anchors").hasMessageContaining("missing.pem");
    }
}

package tw.ourdata.estate.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import org.junit.jupiter.api.Test;

/** WebCrypto's r||s must become the DER the JDK (and every CMS verifier) accepts, whatever the high bits. */
class SignatureValueTest {

    @Test
    void p1363SignaturesConvertToDerThatVerifies() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = g.generateKeyPair();
        byte[] data = "signed attributes".getBytes();
        boolean sawHighBit = false;
        for (int i = 0; i < 100; i++) {
            Signature p1363 = Signature.getInstance("SHA256withECDSAinP1363Format");
            p1363.initSign(keys.getPrivate());
            p1363.update(data);
            byte[] rs = p1363.sign();
            sawHighBit |= (rs[0] & 0x80) != 0 || (rs[32] & 0x80) != 0;

            byte[] der = SignatureValue.decode(rs, keys.getPublic()).value();

            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(keys.getPublic());
            verifier.update(data);
            assertThat(verifier.verify(der)).isTrue();
        }
        assertThat(sawHighBit).as("covered r or s with the high bit set").isTrue();
    }

    @Test
    void leadingZerosAndHighBitsBecomeMinimalPositiveDerIntegers() {
        byte[] rs = new byte[64];
        rs[31] = 0x05;                 // r = 5: 31 leading zero bytes to drop
        rs[32] = (byte) 0x80;          // s has its high bit set: needs a 0x00 pad to stay positive
        rs[63] = 0x01;

        byte[] der = SignatureValue.p1363ToDer(rs, 32);

        org.bouncycastle.asn1.ASN1Sequence seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(der);
        assertThat(org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(0)).getValue())
                .isEqualTo(java.math.BigInteger.valueOf(5));
        assertThat(org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(1)).getValue())
                .isEqualTo(new java.math.BigInteger(1, java.util.Arrays.copyOfRange(rs, 32, 64)));
        assertThat(der).startsWith(0x30, 3 + 2 + 33, 0x02, 0x01, 0x05, 0x02, 0x21, 0x00, 0x80);
    }

    @Test
    void aDerSignatureIsKeptAsItIs() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = g.generateKeyPair();
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(keys.getPrivate());
        s.update(new byte[] {1});
        byte[] der = s.sign();

        assertThat(SignatureValue.decode(der, keys.getPublic()).value()).isEqualTo(der);
    }
}

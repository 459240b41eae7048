package dk.kl.partnerships.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/** The RSA key tokens are signed with: read from its file, or made and written there on first start. */
final class SigningKey {

    private SigningKey() {}

    static RSAKey load(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return RSAKey.parse(Files.readString(keyFile));
            }
            RSAKey generated = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID("identity-" + UUID.randomUUID())
                    .generate();
            Path directory = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Files.writeString(keyFile, generated.toJSONString());
            restrict(keyFile);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("The signing key in " + keyFile + " is unusable", e);
        }
    }

    /** Only the owner may read a private key, where the file system knows owners. */
    private static void restrict(Path keyFile) throws IOException {
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the directory's own protection applies
        }
    }
}

package dk.kl.partnerships.identity;

import dk.kl.partnerships.security.OfficialMunicipalities;
import dk.kl.partnerships.security.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo users: KL staff, finance staff, and a coordinator for each configured municipality
 * ({@code koordinator-<code>}), all with the demo password. What each may do comes from its role
 * and municipality, which go into its tokens.
 */
final class DemoDirectory implements UserDetailsService {

    /** A person who signs in, with the role and — for a coordinator — the municipality they act for. */
    public record DemoUser(String username, Role role, String municipality) {}

    private final Map<String, DemoUser> users = new LinkedHashMap<>();
    private final String encodedPassword;

    DemoDirectory(IdentitySettings settings, PasswordEncoder encoder) {
        settings.klUsers().forEach(name -> users.put(name, new DemoUser(name, Role.KL_ADMIN, null)));
        settings.financeUsers().forEach(name -> users.put(name, new DemoUser(name, Role.FINANCE, null)));
        for (String code : settings.coordinatorMunicipalities()) {
            if (!OfficialMunicipalities.isOfficial(code)) {
                // the platform would refuse every token of such a coordinator
                throw new IllegalStateException("partnerships.identity.coordinator-municipalities: " + code
                        + " is not an official municipality code");
            }
            String name = IdentitySettings.COORDINATOR_PREFIX + code;
            users.put(name, new DemoUser(name, Role.MUNICIPALITY, code));
        }
        this.encodedPassword = encoder.encode(settings.demoPassword());
    }

    public Optional<DemoUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public int size() {
        return users.size();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DemoUser user = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(encodedPassword)
                .roles(user.role().name())
                .build();
    }
}

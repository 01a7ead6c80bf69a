package vn.phananh.search.security;

import java.util.Optional;

/**
 * The units this service serves, by the identity provider's group of their staff. A token naming a
 * unit group that no configured unit has is refused (403): its holder belongs to a unit that is
 * not configured (yet), or the token was made for another deployment.
 */
@FunctionalInterface
public interface KnownUnits {

    /** The code of the unit whose staff group this is. */
    Optional<String> unitOfGroup(String group);
}

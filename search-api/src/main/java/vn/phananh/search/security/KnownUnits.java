package vn.phananh.search.security;

/**
 * The units this service knows. A token naming a unit outside them is refused (403): its
 * holder belongs to a unit that is not configured, or the token was made for another deployment.
 */
@FunctionalInterface
public interface KnownUnits {

    boolean knows(String unitCode);
}

package vn.phananh.search.security;

/** STAFF act on their own unit, SUPERVISOR read the units they supervise, ADMIN read all and operate. */
public enum Role {
    STAFF, SUPERVISOR, ADMIN
}

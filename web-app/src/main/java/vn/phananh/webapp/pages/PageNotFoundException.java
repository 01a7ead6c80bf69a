package vn.phananh.webapp.pages;

/** A page path that names nothing (an unknown action): the 404 page. */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException() {
        super("No such page", null, false, false);
    }
}

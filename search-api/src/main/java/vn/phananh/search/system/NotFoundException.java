package vn.phananh.search.system;

/** The thing asked for does not exist or is not visible to the viewer; both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

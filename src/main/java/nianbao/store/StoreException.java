package nianbao.store;

/** A database or file-store failure, unchecked: the web layer answers it with a Chinese message. */
public final class StoreException extends RuntimeException {
    public StoreException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}

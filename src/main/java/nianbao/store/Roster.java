package nianbao.store;

import java.util.List;

/** The office's roster (名单) of bodies that must report. */
public interface Roster {

    /** Replaces the whole roster with these bodies (ids ignored) in one transaction; returns them with ids. */
    List<Body> replace(List<Body> bodies);

    /** Every body, in import order. */
    List<Body> all();
}

package dk.kriminalforsorgen.mentorordning.shared;

/**
 * An order of a list, named in the query string by its parameter ("navn", "klient"). The orders are
 * an enum, a whitelist: a request parameter only ever selects one, it never reaches the SQL.
 */
public interface ListOrder {

    /** The name of the order in the query string. */
    String parameter();

    /** The order of {@code type} named by {@code value}; {@code otherwise} for anything else. */
    static <E extends Enum<E> & ListOrder> E fromParameter(Class<E> type, String value, E otherwise) {
        for (E order : type.getEnumConstants()) {
            if (order.parameter().equals(value)) {
                return order;
            }
        }
        return otherwise;
    }
}

package dk.kriminalforsorgen.mentorordning.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends to the database, for tests that prove a page's
 * statement count does not grow with the data (no N+1). Every DataSource of a test context is wrapped
 * (see {@link TestDatabaseConfiguration}); counting happens only inside {@link #count}.
 */
public final class SqlStatementCounter {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();
    private static final ThreadLocal<int[]> TRANSACTION_ENDS = new ThreadLocal<>();

    /** What one action sent: its statements and the transactions it ended (each a COMMIT or ROLLBACK round trip). */
    public record Traffic(List<String> statements, int transactionEnds) {
    }

    private SqlStatementCounter() {
    }

    /** Runs the action on this thread and returns how many statements it executed. */
    public static int count(Callable<?> action) throws Exception {
        return statements(action).size();
    }

    /** Runs the action on this thread and returns the SQL of the statements it executed, in order. */
    public static List<String> statements(Callable<?> action) throws Exception {
        return traffic(action).statements();
    }

    /** Runs the action on this thread and returns its statements and the number of commits and rollbacks it sent. */
    public static Traffic traffic(Callable<?> action) throws Exception {
        List<String> statements = new ArrayList<>();
        int[] ends = new int[1];
        STATEMENTS.set(statements);
        TRANSACTION_ENDS.set(ends);
        try {
            action.call();
            return new Traffic(statements, ends[0]);
        } finally {
            STATEMENTS.remove();
            TRANSACTION_ENDS.remove();
        }
    }

    private static void record(Object[] args) {
        List<String> statements = STATEMENTS.get();
        if (statements != null) {
            statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "(batch)");
        }
    }

    static BeanPostProcessor wrapDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                        ? new CountingDataSource(dataSource) : bean;
            }
        };
    }

    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                    record(args);
                } else if (name.equals("commit") || name.equals("rollback")) {
                    int[] ends = TRANSACTION_ENDS.get();
                    if (ends != null) {
                        ends[0]++;
                    }
                }
                Object result = invoke(connection, method, args);
                if (name.equals("createStatement")) {
                    return countingStatement((Statement) result);
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        private static Statement countingStatement(Statement statement) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().startsWith("execute")) {
                    record(args);
                }
                return invoke(statement, method, args);
            };
            return (Statement) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                    new Class<?>[] {Statement.class}, handler);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}

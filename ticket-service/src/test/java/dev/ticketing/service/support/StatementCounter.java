package dev.ticketing.service.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * Counts the SQL statements the application prepares, to show that a request costs a
 * bounded number of them.
 */
public class StatementCounter {

	private final AtomicLong statements = new AtomicLong();

	DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (method, result) -> (method.getName().equals("getConnection"))
				? proxy(Connection.class, (Connection) result, this::countStatement) : result);
	}

	/** How many statements the action prepared. */
	public long count(Runnable action) {
		long before = this.statements.get();
		action.run();
		return this.statements.get() - before;
	}

	public <T> Counted<T> count(Supplier<T> action) {
		long before = this.statements.get();
		T result = action.get();
		return new Counted<>(result, this.statements.get() - before);
	}

	private Object countStatement(Method method, Object result) {
		boolean statement = method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
				|| method.getName().equals("prepareCall");
		if (statement && Thread.currentThread().getName().contains("-exec-")) {
			this.statements.incrementAndGet();
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, AfterCall afterCall) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args.length == 1 && ((Class<?>) args[0]).isInstance(target)) {
				return target;
			}
			try {
				return afterCall.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	public record Counted<T>(T result, long statements) {
	}

	private interface AfterCall {

		Object apply(Method method, Object result) throws Throwable;

	}

}

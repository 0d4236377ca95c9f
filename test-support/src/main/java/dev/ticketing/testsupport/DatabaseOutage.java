package dev.ticketing.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

/**
 * Makes the database unreachable for the application while a test says so: every new
 * connection fails as it would with PostgreSQL down.
 */
public class DatabaseOutage {

	private volatile boolean down;

	public void begin() {
		this.down = true;
	}

	public void end() {
		this.down = false;
	}

	public DataSource wrap(DataSource dataSource) {
		return (DataSource) Proxy.newProxyInstance(DatabaseOutage.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					if (this.down && method.getName().equals("getConnection")) {
						throw new SQLTransientConnectionException("Connection refused (simulated outage)");
					}
					try {
						return method.invoke(dataSource, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

}

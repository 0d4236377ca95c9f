package dev.ticketing.service.autoclose;

import java.text.ParseException;
import java.time.Duration;

import org.quartz.CronExpression;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When RESOLVED tickets close by themselves.
 *
 * @param cron when the job runs, as a Quartz cron expression (seconds first)
 * @param after how long a ticket stays RESOLVED before it closes
 * @param batchSize how many due tickets are read at a time; each closes in a transaction
 * of its own
 */
@ConfigurationProperties("ticketing.auto-close")
record AutoCloseProperties(@DefaultValue("0 0 * * * ?") String cron, @DefaultValue("14d") Duration after,
		@DefaultValue("500") int batchSize) {

	AutoCloseProperties {
		try {
			CronExpression.validateExpression(cron);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(
					"ticketing.auto-close.cron '" + cron + "' is not a Quartz cron expression: " + ex.getMessage());
		}
		if (after.isNegative() || after.isZero()) {
			throw new IllegalArgumentException("ticketing.auto-close.after must be positive, not " + after);
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("ticketing.auto-close.batch-size must be at least 1, not " + batchSize);
		}
	}

}

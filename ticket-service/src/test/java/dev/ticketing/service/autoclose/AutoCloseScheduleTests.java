package dev.ticketing.service.autoclose;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Trigger;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AutoCloseScheduleTests {

	private final AutoCloseSchedule schedule = new AutoCloseSchedule();

	@Test
	void byDefaultTicketsCloseFourteenDaysAfterTheyWereResolvedCheckedHourly() {
		AutoCloseProperties properties = bind(Map.of());

		assertThat(properties.cron()).isEqualTo("0 0 * * * ?");
		assertThat(properties.after()).isEqualTo(Duration.ofDays(14));
		assertThat(properties.batchSize()).isEqualTo(500);
	}

	@Test
	void theTriggerRunsOnTheConfiguredCronAndFiresOnceAfterAMisfire() {
		AutoCloseProperties properties = bind(Map.of("ticketing.auto-close.cron", "0 30 2 * * ?"));
		JobDetail job = this.schedule.autoCloseJob();

		Trigger trigger = this.schedule.autoCloseTrigger(job, properties);

		assertThat(trigger).isInstanceOfSatisfying(CronTrigger.class,
				(cron) -> assertThat(cron.getCronExpression()).isEqualTo("0 30 2 * * ?"));
		assertThat(trigger.getKey()).isEqualTo(AutoCloseSchedule.TRIGGER);
		assertThat(trigger.getJobKey()).isEqualTo(AutoCloseSchedule.JOB).isEqualTo(job.getKey());
		assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
		assertThat(trigger.getStartTime().toInstant()).isBefore(Instant.now());
	}

	@Test
	void theJobIsDurableRecoverableAndNeverRunsTwiceAtOnce() {
		JobDetail job = this.schedule.autoCloseJob();

		assertThat(job.getJobClass()).isEqualTo(AutoCloseJob.class);
		assertThat(job.isDurable()).isTrue();
		assertThat(job.requestsRecovery()).isTrue();
		assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
	}

	@Test
	void aCronExpressionQuartzCannotParseIsRefused() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("ticketing.auto-close.cron", "0 0 * * *")))
			.havingRootCause()
			.withMessageContaining("ticketing.auto-close.cron");
	}

	@Test
	void aPeriodThatIsNotPositiveIsRefused() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("ticketing.auto-close.after", "0s")))
			.havingRootCause()
			.withMessageContaining("ticketing.auto-close.after");
	}

	private static AutoCloseProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("ticketing.auto-close",
				AutoCloseProperties.class);
	}

}

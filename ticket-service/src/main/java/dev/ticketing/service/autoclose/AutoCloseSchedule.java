package dev.ticketing.service.autoclose;

import java.time.Instant;
import java.util.Date;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-close job and its cron trigger, under fixed names: Spring Boot's scheduler
 * stores them in the clustered job store, and every instance's start replaces the stored
 * pair ({@code spring.quartz.overwrite-existing-jobs}) rather than adding one.
 * <p>
 * Code that calls the {@code Scheduler} API itself (to trigger a run now, say) must do it
 * in a transaction: Spring's job store takes Quartz's cluster lock on the caller's
 * connection, where autocommit would release it at once.
 */
@Configuration(proxyBeanMethods = false)
class AutoCloseSchedule {

	static final JobKey JOB = JobKey.jobKey("autoClose", "ticketing");

	static final TriggerKey TRIGGER = TriggerKey.triggerKey("autoClose", "ticketing");

	@Bean
	JobDetail autoCloseJob() {
		return JobBuilder.newJob(AutoCloseJob.class)
			.withIdentity(JOB)
			.withDescription("Closes RESOLVED tickets once ticketing.auto-close.after has passed")
			.storeDurably()
			.requestRecovery()
			.build();
	}

	/**
	 * Misfires fire once now, then the schedule goes on: after downtime the job catches
	 * up in one run instead of one per missed hour. Replacing the stored trigger at start
	 * would forget a misfire, so the trigger starts in the past: its first fire time is
	 * long gone, and each start of an instance runs the job once (a catch-up after
	 * downtime, otherwise a cheap look at the index).
	 */
	@Bean
	Trigger autoCloseTrigger(JobDetail autoCloseJob, AutoCloseProperties properties) {
		return TriggerBuilder.newTrigger()
			.withIdentity(TRIGGER)
			.forJob(autoCloseJob)
			.withSchedule(
					CronScheduleBuilder.cronSchedule(properties.cron()).withMisfireHandlingInstructionFireAndProceed())
			.startAt(Date.from(Instant.EPOCH))
			.build();
	}

}

package dev.ticketing.service.autoclose;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javax.sql.DataSource;

import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import dev.ticketing.service.support.OutboxTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job as Quartz runs it: the clustered job store in PostgreSQL, the registered job
 * and trigger, and a second instance of the service (a second scheduler on the same
 * database) running it at the same time as this one.
 */
@IntegrationTest
class AutoCloseSchedulingIntegrationTests {

	private static final Duration DUE = Duration.ofDays(15);

	@Autowired
	Scheduler scheduler;

	@Autowired
	AutoCloseProperties properties;

	@Autowired
	QuartzProperties quartz;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OutboxTable outbox;

	ResolvedTickets tickets;

	Runs runs = new Runs();

	List<SchedulerFactoryBean> otherInstances = new ArrayList<>();

	@BeforeEach
	void setUp() throws SchedulerException {
		this.tickets = new ResolvedTickets(this.api, this.fixtures, this.jdbc, this.outbox);
		this.runs.listenTo(this.scheduler);
	}

	@AfterEach
	void tearDown() throws SchedulerException {
		this.scheduler.getListenerManager().removeJobListener(this.runs.getName());
		for (SchedulerFactoryBean instance : this.otherInstances) {
			instance.destroy();
		}
	}

	@Test
	void theJobStoreIsClusteredInTheTablesFlywayCreated() throws SchedulerException {
		assertThat(this.jdbc.sql("select success from flyway_schema_history where script = 'V5__quartz.sql'")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_name like 'qrtz%'
				""").query(String.class).list()).containsExactlyInAnyOrder("qrtz_job_details", "qrtz_triggers",
				"qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers",
				"qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_fired_triggers", "qrtz_scheduler_state",
				"qrtz_locks");
		SchedulerMetaData metaData = this.scheduler.getMetaData();
		assertThat(metaData.getSchedulerName()).isEqualTo("ticketing");
		assertThat(metaData.getJobStoreClass()).isEqualTo(LocalDataSourceJobStore.class);
		assertThat(metaData.isJobStoreSupportsPersistence()).isTrue();
		assertThat(metaData.isJobStoreClustered()).isTrue();
		assertThat(this.scheduler.isStarted()).isTrue();
		assertThat(this.jdbc.sql("select instance_name from qrtz_scheduler_state where sched_name = 'ticketing'")
			.query(String.class)
			.list()).as("instances checked in with the cluster").contains(this.scheduler.getSchedulerInstanceId());
	}

	@Test
	void theJobIsRegisteredOnceWithTheConfiguredCronAndFiresOnceAfterAMisfire() throws SchedulerException {
		JobDetail job = this.scheduler.getJobDetail(AutoCloseSchedule.JOB);
		assertThat(job.getJobClass()).isEqualTo(AutoCloseJob.class);
		assertThat(job.isDurable()).isTrue();
		assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
		assertThat(job.requestsRecovery()).isTrue();
		assertThat(this.scheduler.getTriggersOfJob(AutoCloseSchedule.JOB)).singleElement()
			.isInstanceOfSatisfying(CronTrigger.class, (trigger) -> {
				assertThat(trigger.getKey()).isEqualTo(AutoCloseSchedule.TRIGGER);
				assertThat(trigger.getCronExpression()).isEqualTo(this.properties.cron()).isEqualTo("0 0 * * * ?");
				assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
			});
		assertThat(this.jdbc.sql("""
				select c.cron_expression from qrtz_cron_triggers c
				join qrtz_triggers t using (sched_name, trigger_name, trigger_group)
				where t.sched_name = 'ticketing' and t.job_name = 'autoClose'
				""").query(String.class).list()).containsExactly("0 0 * * * ?");
	}

	@Test
	void anInstanceThatStartsRunsTheJobOnceAndThenWaitsForTheNextHour() throws Exception {
		UUID due = this.tickets.resolvedAgo(DUE);
		Instant started = Instant.now();

		startAnotherInstance();

		this.runs.await((run) -> run.trigger().equals(AutoCloseSchedule.TRIGGER) && run.start().isAfter(started), 1);
		Thread.sleep(2_000);
		assertThat(this.runs
			.matching((run) -> run.trigger().equals(AutoCloseSchedule.TRIGGER) && run.start().isAfter(started)))
			.as("runs of the cron trigger since the start")
			.hasSize(1);
		assertThat(this.tickets.get(due).path("status").asString()).isEqualTo("CLOSED");
		Instant next = this.scheduler.getTrigger(AutoCloseSchedule.TRIGGER).getNextFireTime().toInstant();
		assertThat(next).isAfter(Instant.now())
			.isBeforeOrEqualTo(Instant.now().plus(Duration.ofHours(1)))
			.isEqualTo(next.truncatedTo(ChronoUnit.HOURS));
	}

	/**
	 * Whichever instance picks each run up, Quartz runs them one at a time across the
	 * cluster; the row lock would keep each ticket closed once even if it did not (see
	 * {@link AutoCloseIntegrationTests}).
	 */
	@Test
	void twoInstancesTriggeringTheJobAtOnceCloseEachDueTicketExactlyOnce() throws Exception {
		List<UUID> ids = this.tickets.resolvedAgo(30, DUE);
		Scheduler other = startAnotherInstance();
		Instant triggered = Instant.now();

		// In transactions, as every caller of the Scheduler API needs: the job
		// store takes Quartz's cluster lock on the caller's connection, and with
		// autocommit the lock ends at once, so a trigger stored as a run starts
		// could escape being blocked.
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> triggerJob(this.scheduler));
		transaction.executeWithoutResult((status) -> triggerJob(other));

		this.runs.await((run) -> !run.trigger().equals(AutoCloseSchedule.TRIGGER) && run.start().isAfter(triggered), 2);
		List<Run> finished = this.runs.matching((run) -> true);
		assertThat(finished).allSatisfy((run) -> assertThat(run.error()).isNull());
		assertThat(finished).as("no two runs overlap")
			.allSatisfy((run) -> assertThat(finished)
				.filteredOn((earlier) -> earlier != run && earlier.start().isBefore(run.end())
						&& run.start().isBefore(earlier.end()))
				.isEmpty());
		for (UUID id : ids) {
			assertThat(this.tickets.get(id).path("status").asString()).isEqualTo("CLOSED");
			List<JsonNode> events = this.tickets.autoCloseEvents(id);
			assertThat(events).as("auto-close events of %s", id).hasSize(1);
			assertThat(events.get(0).path("actor").isNull()).isTrue();
		}
	}

	private static void triggerJob(Scheduler scheduler) {
		try {
			scheduler.triggerJob(AutoCloseSchedule.JOB);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Another instance of the service as far as Quartz can tell: same cluster, same
	 * database.
	 */
	private Scheduler startAnotherInstance() throws Exception {
		SchedulerFactoryBean instance = new SchedulerFactoryBean();
		instance.setSchedulerName(this.quartz.getSchedulerName());
		Properties quartzProperties = new Properties();
		quartzProperties.putAll(this.quartz.getProperties());
		instance.setQuartzProperties(quartzProperties);
		instance.setDataSource(this.dataSource);
		instance.setTransactionManager(this.transactionManager);
		instance.setApplicationContext(this.context);
		instance.setJobFactory(new SpringBeanJobFactory());
		AutoCloseSchedule schedule = new AutoCloseSchedule();
		JobDetail job = schedule.autoCloseJob();
		instance.setJobDetails(job);
		instance.setTriggers(schedule.autoCloseTrigger(job, this.properties));
		instance.setOverwriteExistingJobs(true);
		instance.setWaitForJobsToCompleteOnShutdown(true);
		this.otherInstances.add(instance);
		instance.afterPropertiesSet();
		instance.start();
		this.runs.listenTo(instance.getScheduler());
		return instance.getScheduler();
	}

	/** Finished runs of the auto-close job on any of the schedulers it listens to. */
	static class Runs implements JobListener {

		private final List<Run> runs = new CopyOnWriteArrayList<>();

		void listenTo(Scheduler scheduler) throws SchedulerException {
			scheduler.getListenerManager().addJobListener(this, KeyMatcher.keyEquals(AutoCloseSchedule.JOB));
		}

		List<Run> matching(Predicate<Run> condition) {
			return this.runs.stream().filter(condition).toList();
		}

		void await(Predicate<Run> condition, int count) throws InterruptedException {
			long deadline = System.currentTimeMillis() + 30_000;
			while (matching(condition).size() < count && System.currentTimeMillis() < deadline) {
				Thread.sleep(50);
			}
			assertThat(matching(condition)).as("runs of the job so far: %s", this.runs)
				.hasSizeGreaterThanOrEqualTo(count);
		}

		@Override
		public String getName() {
			return "auto-close-runs";
		}

		@Override
		public void jobToBeExecuted(JobExecutionContext context) {
		}

		@Override
		public void jobExecutionVetoed(JobExecutionContext context) {
		}

		@Override
		public void jobWasExecuted(JobExecutionContext context, JobExecutionException error) {
			try {
				Instant start = context.getFireTime().toInstant();
				this.runs.add(new Run(context.getScheduler().getSchedulerInstanceId(), context.getTrigger().getKey(),
						start, start.plusMillis(context.getJobRunTime()), error));
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	record Run(String instance, TriggerKey trigger, Instant start, Instant end, JobExecutionException error) {
	}

}

package dev.ticketing.service.autoclose;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job that runs {@link AutoClose}. Quartz makes a new instance for each run.
 * {@code @DisallowConcurrentExecution} holds across the cluster: a run that starts while
 * another instance's is still going waits for it.
 */
@DisallowConcurrentExecution
class AutoCloseJob implements InterruptableJob {

	private final AutoClose autoClose;

	private volatile boolean interrupted;

	AutoCloseJob(AutoClose autoClose) {
		this.autoClose = autoClose;
	}

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		try {
			this.autoClose.closeDue(() -> this.interrupted);
		}
		catch (RuntimeException ex) {
			throw new JobExecutionException(ex);
		}
	}

	/** On shutdown: stop after the ticket being closed. */
	@Override
	public void interrupt() {
		this.interrupted = true;
	}

}

package org.kring.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks at the same moment, each on a thread of its own, as two instances of Kring
 * or two people clicking at once would: for tests of what must happen once only.
 */
public final class AtOnce {

	private AtOnce() {
	}

	/**
	 * Runs the tasks released together and waits for all of them, thirty seconds at most.
	 * @param <T> what each task returns
	 * @param tasks the tasks
	 * @return what each returned, in the order given
	 * @throws Exception what a task threw, or a timeout
	 */
	@SafeVarargs
	public static <T> List<T> run(Callable<T>... tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> task : tasks) {
				running.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> each : running) {
				results.add(each.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Runs one task twice at the same moment.
	 * @param <T> what it returns
	 * @param task the task
	 * @return what each run returned
	 * @throws Exception what a run threw, or a timeout
	 */
	public static <T> List<T> twice(Callable<T> task) throws Exception {
		return run(task, task);
	}

}

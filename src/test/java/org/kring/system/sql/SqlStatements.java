package org.kring.system.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements one request or one call issues, so that a test can show that
 * a page's count does not grow with the data:
 *
 * <pre>{@code
 * var statements = SqlStatements.count(() -> mockMvc.perform(get("/communities")));
 * assertThat(statements.count()).as(statements::describe).isEqualTo(2);
 * }</pre>
 *
 * Only statements issued on the calling thread are counted: that is where a direct call
 * and a MockMvc request run, and it keeps background work (session clean-up, event
 * publication) out of the count. Every {@code DataSource} of a test's application context
 * is wrapped for this (see {@link SqlStatementsContextCustomizerFactory}).
 */
public final class SqlStatements {

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	static final QueryExecutionListener LISTENER = new Recorder();

	private SqlStatements() {
	}

	/**
	 * Runs the action and records the statements it issued on this thread.
	 * @param action what to measure, such as {@code () -> mockMvc.perform(get("/"))}
	 * @return the statements, in the order they ran
	 * @throws Exception whatever the action throws
	 */
	public static Recorded count(Action action) throws Exception {
		List<String> outer = RECORDING.get();
		List<String> statements = new ArrayList<>();
		RECORDING.set(statements);
		try {
			action.run();
		}
		finally {
			if (outer != null) {
				outer.addAll(statements);
				RECORDING.set(outer);
			}
			else {
				RECORDING.remove();
			}
		}
		return new Recorded(List.copyOf(statements));
	}

	/**
	 * Something to measure; may throw anything, as MockMvc does.
	 */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	/**
	 * The statements one action issued.
	 *
	 * @param statements their SQL, in order; a batch counts once per statement in it
	 */
	public record Recorded(List<String> statements) {

		public int count() {
			return this.statements.size();
		}

		/**
		 * A numbered list of the statements, for a failure message.
		 * @return the description
		 */
		public String describe() {
			return this.statements.size() + " SQL statement(s):"
					+ IntStream.range(0, this.statements.size())
						.mapToObj((i) -> "\n  " + (i + 1) + ". " + this.statements.get(i))
						.collect(Collectors.joining());
		}

		@Override
		public String toString() {
			return describe();
		}

	}

	private static final class Recorder implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			List<String> statements = RECORDING.get();
			if (statements == null) {
				return;
			}
			for (QueryInfo query : queries) {
				int times = Math.max(1, query.getParametersList().size());
				for (int i = 0; i < times; i++) {
					statements.add(query.getQuery());
				}
			}
		}

	}

}

package cn.guifanku.process;

/** What the process tests share. */
final class ProcessTestSupport {

  /** The engine of the process tests: in-memory H2, no job executor, mocked delegates, coverage parse listener. */
  static final String CONFIGURATION = "process/camunda.cfg.xml";

  private ProcessTestSupport() {
  }
}

package dev.calque.audit;

/** What the audit shows while it runs: nothing, or a progress bar on a terminal. */
public interface Progress extends AutoCloseable {
  /** After each document: documents and findings done in this run, and input bytes read. */
  void update(long documents, long findings, long bytesRead);

  @Override
  void close();

  /** Starts the display once the inputs are measured and a resumed audit has skipped what was done. */
  interface Factory {
    Progress start(long totalBytes, long startBytes);

    /** Whether the display needs the inputs' total size (a walk of the folders before the audit). */
    boolean wantsTotal();
  }

  Factory NONE = new Factory() {
    @Override
    public Progress start(long totalBytes, long startBytes) {
      return new Progress() {
        @Override
        public void update(long documents, long findings, long bytesRead) {
        }

        @Override
        public void close() {
        }
      };
    }

    @Override
    public boolean wantsTotal() {
      return false;
    }
  };
}

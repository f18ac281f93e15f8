package dev.calque;

/** The release version, reported in JSON output and --version. */
public final class Version {
  public static final String VERSION = "0.1.0";

  private Version() {
  }
}

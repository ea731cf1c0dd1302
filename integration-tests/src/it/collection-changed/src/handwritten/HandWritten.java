package com.example.crm;

/** Written by hand into the generated package; the plugin must never delete it. */
public final class HandWritten {
  private HandWritten() {}

  /** Returns a marker. */
  public static String kept() {
    return "kept";
  }
}

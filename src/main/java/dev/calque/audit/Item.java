package dev.calque.audit;

import dev.calque.io.InputException;

/**
 * One unit of input, in input order: a document still to be parsed, or something that could not be
 * read. Items are drawn on one thread and parsed on the workers, so the heavy part (decoding, HTML
 * extraction, JSON parsing) runs on all cores.
 */
abstract class Item {
  private final Location where;

  Item(Location where) {
    this.where = where;
  }

  final Location where() {
    return where;
  }

  /**
   * What identifies this item (its place and size): compared on resume, so that a changed input is
   * noticed instead of resumed at the wrong document.
   */
  abstract String identity();

  /** The article; a malformed or unreadable one throws with a one-line reason. */
  abstract Article parse() throws InputException;

  /** This item as plain data, to be shipped to another machine and parsed there (see {@link PortableItem}). */
  abstract PortableItem portable();

  /** An item that is only a problem: a file that could not be opened, a broken stream, an overlong line. */
  static Item failed(Location where, String reason) {
    return new Item(where) {
      @Override
      String identity() {
        return where + " !" + reason;
      }

      @Override
      Article parse() throws InputException {
        throw new InputException(reason);
      }

      @Override
      PortableItem portable() {
        return PortableItem.failed(where, reason);
      }
    };
  }
}

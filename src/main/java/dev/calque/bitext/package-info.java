/**
 * Bilingual files: XLIFF 1.2 and 2.x, TMX 1.4, tab-separated bitext and plain source-translation
 * pairs read into one segment model ({@link dev.calque.bitext.Bitext}), XML guarded against DTDs
 * and entities and kept with every offset so it can be written back byte for byte (ITS quality
 * annotations, corrections), and TBX or CSV glossaries.
 */
package dev.calque.bitext;

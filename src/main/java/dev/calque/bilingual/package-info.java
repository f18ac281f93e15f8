/**
 * Checks of a translation against its source, one segment at a time: a {@link
 * dev.calque.bilingual.BilingualRule} sees both texts through a {@link
 * dev.calque.bilingual.BilingualContext} and reports findings on the target that point back at the
 * source. Kept apart from the monolingual {@link dev.calque.rule.Rule}, whose context is one
 * analysed document.
 */
package dev.calque.bilingual;

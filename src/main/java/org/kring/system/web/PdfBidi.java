package org.kring.system.web;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for PDF documents, with ICU: splits a paragraph into runs of one
 * direction (the Unicode bidirectional algorithm), joins Arabic letters into the forms
 * they take next to each other, and turns a right-to-left run into the left-to-right
 * order a PDF draws glyphs in. Without it Arabic comes out as separate letters, last word
 * first.
 */
final class PdfBidi implements BidiSplitterFactory, BidiReorderer {

	@Override
	public BidiSplitter createBidiSplitter() {
		return new Splitter();
	}

	@Override
	public String reorderRTLTextToLTR(String text) {
		Bidi bidi = new Bidi();
		bidi.setPara(text, Bidi.RTL, null);
		return bidi.writeReordered(Bidi.DO_MIRRORING);
	}

	@Override
	public String shapeText(String text) {
		return shaped(text, ArabicShaping.LETTERS_SHAPE);
	}

	@Override
	public String deshapeText(String text) {
		return shaped(text, ArabicShaping.LETTERS_UNSHAPE);
	}

	@Override
	public boolean isLiveImplementation() {
		return true;
	}

	private static String shaped(String text, int options) {
		try {
			return new ArabicShaping(options | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL)
				.shape(text);
		}
		catch (ArabicShapingException ex) {
			// text ICU cannot shape is better drawn unjoined than not at all
			return text;
		}
	}

	private static final class Splitter implements BidiSplitter {

		private Bidi bidi = new Bidi();

		@Override
		public void setParagraph(String paragraph, byte defaultDirection) {
			this.bidi = new Bidi();
			this.bidi.setPara(paragraph, level(defaultDirection), null);
		}

		@Override
		public int countTextRuns() {
			return this.bidi.countRuns();
		}

		@Override
		public BidiTextRun getVisualRun(int runIndex) {
			BidiRun run = this.bidi.getVisualRun(runIndex);
			return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
		}

		@Override
		public byte getBaseDirection(String paragraph) {
			byte direction = Bidi.getBaseDirection(paragraph);
			if (direction == Bidi.RTL) {
				return RTL;
			}
			return (direction == Bidi.LTR) ? LTR : NEUTRAL;
		}

		private static byte level(byte direction) {
			if (direction == RTL) {
				return Bidi.RTL;
			}
			return (direction == LTR) ? Bidi.LTR : Bidi.LEVEL_DEFAULT_LTR;
		}

	}

}

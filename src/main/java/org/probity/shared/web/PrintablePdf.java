package org.probity.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * An XHTML page laid out as a PDF by openhtmltopdf with DejaVu Sans embedded, a font that carries every Vietnamese
 * letter (the PDF base fonts carry none of them). Templates name it as {@value #FONT}.
 */
public final class PrintablePdf {

	public static final String FONT = "DejaVu Sans";

	static {
		// openhtmltopdf narrates every layout at INFO on standard error; its warnings are enough
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private PrintablePdf() {
	}

	public static byte[] of(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.useFont(() -> PrintablePdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400,
						FontStyle.NORMAL, true)
				.useFont(() -> PrintablePdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
						FontStyle.NORMAL, true)
				.withHtmlContent(xhtml, null)
				.toStream(out)
				.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}
}

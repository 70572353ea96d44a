package org.probity.records.web;

import org.probity.records.DocumentManagement;
import org.probity.records.DocumentText;
import org.probity.records.DocumentView;
import org.probity.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A document's text: a page with its state, OCR confidence and the text read, a fragment htmx polls while the
 * text is being read, and the same as JSON.
 */
@Controller
class DocumentTextPages {

	private final DocumentManagement documents;

	DocumentTextPages(DocumentManagement documents) {
		this.documents = documents;
	}

	@GetMapping("/documents/{id}/text")
	String page(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("doc", find(id));
		if (htmx != null) {
			return "records/text :: state";
		}
		model.addAttribute("text", documents.extractedText(id).orElse(null));
		return "records/document";
	}

	@GetMapping("/api/v1/documents/{id}/text")
	@ResponseBody
	TextJson json(@PathVariable long id) {
		DocumentText text = find(id).text();
		return new TextJson(text.state().name(), text.reason(), text.ocrConfidence(), text.pagesDone(),
				text.pagesTotal(), text.percent(), documents.extractedText(id).orElse(null));
	}

	record TextJson(String state, String reason, java.math.BigDecimal ocrConfidence, int pagesDone, int pagesTotal,
			int percent, String text) {
	}

	private DocumentView find(long id) {
		return documents.find(id).orElseThrow(() -> new NotFound("No document " + id + " in your jurisdiction"));
	}
}

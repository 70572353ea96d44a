package org.probity.records.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import org.probity.records.DocumentBatches;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bulk digitisation from the browser: upload a ZIP of scans, then watch its progress bar until the report shows. */
@Controller
@RequestMapping("/documents/batches")
@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
class DocumentBatchPages {

	private final DocumentBatches batches;

	DocumentBatchPages(DocumentBatches batches) {
		this.batches = batches;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("batches", batches.recent());
		return "records/batches";
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return "redirect:/documents/batches/" + batches.start(file.getOriginalFilename(), in);
		}
		catch (InvalidField refused) {
			model.addAttribute("uploadError", refused.getMessage());
			return form(model);
		}
	}

	/** The progress page; htmx polls the fragment until every row is done. */
	@GetMapping("/{id}")
	String batch(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("batch", batches.find(id).orElseThrow(() -> new NotFound("No batch " + id + " of yours")));
		return htmx != null ? "records/batch :: progress" : "records/batch";
	}
}

package org.probity.shared.imports;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The upload page: choose a dataset and a file, then watch the progress page until the report appears. */
@Controller
@RequestMapping("/imports")
class ImportPages {

	private final CsvImports imports;

	private final ImportJobs jobs;

	private final Spool spool;

	ImportPages(CsvImports imports, ImportJobs jobs, Spool spool) {
		this.imports = imports;
		this.jobs = jobs;
		this.spool = spool;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("datasets", imports.datasetNames());
		model.addAttribute("columns", imports.datasetNames().stream()
			.collect(java.util.stream.Collectors.toMap(name -> name, name -> String.join(",", imports.dataset(name).columns()))));
		model.addAttribute("jobs", jobs.recent());
		return "imports/upload";
	}

	@PostMapping
	@RolesAllowed({ "ADMIN", "LEADER", "OFFICER", "RECEPTIONIST" })
	String upload(@RequestParam String dataset, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		ImportDataset target = imports.dataset(dataset);
		ImportAccess.check(target);
		if (file.isEmpty()) {
			model.addAttribute("uploadError", "file");
			return form(model);
		}
		try (InputStream in = file.getInputStream()) {
			String id = jobs.start(target.name(), file.getOriginalFilename(), spool.save(in));
			return "redirect:/imports/jobs/" + id;
		}
		catch (InvalidField tooLarge) {
			model.addAttribute("uploadError", "size");
			return form(model);
		}
	}

	/** The progress page; htmx polls the fragment until the job has finished. */
	@GetMapping("/jobs/{id}")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("job", jobs.find(id).orElseThrow(() -> new NotFound("No import " + id + " of yours")));
		return htmx != null ? "imports/fragments :: progress" : "imports/job";
	}
}

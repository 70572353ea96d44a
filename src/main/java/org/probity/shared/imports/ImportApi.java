package org.probity.shared.imports;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/imports/{dataset}} with a UTF-8 CSV body: 200 with the count, or 422 listing every bad row. */
@RestController
class ImportApi {

	private final CsvImports imports;

	private final Spool spool;

	ImportApi(CsvImports imports, Spool spool) {
		this.imports = imports;
		this.spool = spool;
	}

	@PostMapping("/api/v1/imports/{dataset}")
	ImportResult importFile(@PathVariable String dataset, HttpServletRequest request) throws IOException {
		ImportAccess.check(imports.dataset(dataset));
		Path file = spool.save(request.getInputStream());
		try {
			return imports.run(dataset, file, ImportProgress.NONE);
		}
		finally {
			spool.discard(file);
		}
	}
}

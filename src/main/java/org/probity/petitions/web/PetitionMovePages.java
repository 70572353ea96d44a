package org.probity.petitions.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import org.probity.petitions.Outcome;
import org.probity.petitions.PetitionHandling;
import org.probity.petitions.PetitionManagement;
import org.probity.petitions.Topic;
import org.probity.petitions.clock.Complexity;
import org.probity.records.DocumentFacts;
import org.probity.shared.InvalidField;
import org.probity.shared.NotFound;
import org.probity.shared.Texts;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons and small forms on the petition page, each one move; a refused move comes back with its reason. */
@Controller
@RequestMapping("/petitions/{id}")
class PetitionMovePages {

	private final PetitionHandling handling;

	private final PetitionManagement petitions;

	PetitionMovePages(PetitionHandling handling, PetitionManagement petitions) {
		this.handling = handling;
		this.petitions = petitions;
	}

	@PostMapping("/{move:classify|accept|refuse|transfer|verify|extend|conclude|respond|close|assign|messages}")
	@RolesAllowed({ "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN" })
	String move(@PathVariable long id, @PathVariable String move, @RequestParam(required = false) Topic topic,
			@RequestParam(required = false) Complexity complexity, @RequestParam(defaultValue = "false") boolean collective,
			@RequestParam(required = false) String text, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Outcome outcome, @RequestParam(defaultValue = "false") boolean violation,
			RedirectAttributes redirect) {
		try {
			switch (move) {
				case "classify" -> handling.classify(id, topic, complexity, collective);
				case "accept" -> handling.accept(id);
				case "refuse" -> handling.refuse(id, text);
				case "transfer" -> handling.transfer(id, unitCode, text);
				case "verify" -> handling.startVerification(id);
				case "extend" -> handling.extend(id, text);
				case "conclude" -> handling.conclude(id, outcome, violation, text);
				case "respond" -> handling.respond(id, text);
				case "close" -> handling.close(id);
				case "assign" -> handling.assign(id, text);
				default -> handling.message(id, text);
			}
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("moveError", refused.getMessage());
		}
		return "redirect:/petitions/" + id;
	}

	@PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@RolesAllowed({ "RECEPTIONIST", "OFFICER", "LEADER", "ADMIN" })
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String number, RedirectAttributes redirect) throws IOException {
		try (InputStream content = file.getInputStream()) {
			handling.attach(id, file.getOriginalFilename(), content,
					new DocumentFacts(Texts.clip(Texts.blankToNull(number), 100), null, null, null, false));
		}
		catch (InvalidField refused) {
			redirect.addFlashAttribute("moveError", refused.getMessage());
		}
		return "redirect:/petitions/" + id;
	}

	@PostMapping("/identity")
	@RolesAllowed("LEADER")
	String reveal(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
		try {
			model.addAttribute("revealed", handling.reveal(id, reason));
		}
		catch (InvalidField refused) {
			model.addAttribute("moveError", refused.getMessage());
		}
		model.addAttribute("details",
				petitions.find(id).orElseThrow(() -> new NotFound("No petition " + id + " in your jurisdiction")));
		return "petitions/petition";
	}
}

package dk.kl.partnerships.web.kl.networks;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.NetworkProposal;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Networks;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Placement;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.api.registration.RegistrationApi.ProposedNetwork;
import dk.kl.partnerships.web.support.FormErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forming a programme's networks: the platform's proposal with the reason for each placement; KL
 * moves municipalities between networks (by drag-and-drop, or by the select each one has, which also
 * works without scripts), sees each network's size against the programme's bounds, and confirms.
 * The proposal is computed anew on each visit (it is deterministic), so nothing half-edited is stored.
 */
@Controller
class NetworksController {

    static final String PAGE = "/kl/programmer/{id}/netvaerk";

    private final RegistrationApi registration;
    private final FormErrors errors;
    private final MessageSource messages;

    NetworksController(RegistrationApi registration, FormErrors errors, MessageSource messages) {
        this.registration = registration;
        this.errors = errors;
        this.messages = messages;
    }

    /** A municipality in the editor: where the proposal put it and why, and whether KL moved it. */
    record Member(Placement placement, String proposedIn, boolean moved) {}

    /** A network in the editor, with its size checked against the programme's bounds. */
    record NetworkView(int index, List<Member> members, boolean withinBounds, String sizeText) {}

    @GetMapping(PAGE)
    String networks(@PathVariable String id, Model model) {
        Programme programme = registration.programme(id);
        Optional<Networks> formed = registration.networks(id);
        if (formed.isPresent()) {
            model.addAttribute("programme", programme);
            model.addAttribute("formed", formed.get());
            model.addAttribute("names", registration.municipalityNames());
            return "kl/networks";
        }
        NetworkProposal proposal = registration.proposeNetworks(id);
        return editor(programme, proposal, NetworksForm.of(proposal), model);
    }

    @PostMapping(PAGE)
    String edit(
            @PathVariable String id,
            @RequestParam(name = "handling", defaultValue = "flyt") String action,
            @ModelAttribute("form") NetworksForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = registration.programme(id);
        NetworkProposal proposal = registration.proposeNetworks(id);
        if (form.getNetworks().isEmpty()) {
            form = NetworksForm.of(proposal);
        }
        form.assign(proposal);
        switch (action) {
            case "tilfoej" ->
                form.addNetwork(
                        message("kl.networks.newName", form.getNetworks().size() + 1));
            case "bekraeft" -> {
                try {
                    Networks formed = registration.confirmNetworks(id, form.drafts());
                    redirect.addFlashAttribute("notice", "kl.networks.confirmed");
                    redirect.addFlashAttribute(
                            "noticeArgument", formed.networks().size());
                    return "redirect:" + PAGE.replace("{id}", id);
                } catch (ApiProblem problem) {
                    if (!errors.reject(problem, result)) {
                        throw problem;
                    }
                }
            }
            default -> form.dropEmpty();
        }
        return editor(programme, proposal, form, model);
    }

    /** As the editor's script writes it when a municipality moves (the same texts). */
    private String sizeText(int size, boolean within, int min, int max) {
        String count = size == 0
                ? message("kl.networks.size.none")
                : size == 1
                        ? message("kl.networks.size.one")
                        : message("kl.networks.size.many").replace("#", String.valueOf(size));
        return within ? count : count + message("kl.networks.size.outside", min, max);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private String editor(Programme programme, NetworkProposal proposal, NetworksForm form, Model model) {
        Map<String, Placement> placements = new HashMap<>();
        Map<String, Integer> proposedIndex = new HashMap<>();
        for (int i = 0; i < proposal.networks().size(); i++) {
            for (Placement member : proposal.networks().get(i).members()) {
                placements.put(member.municipalityCode(), member);
                proposedIndex.put(member.municipalityCode(), i);
            }
        }
        List<String> proposedNames =
                proposal.networks().stream().map(ProposedNetwork::name).toList();
        int min = programme.networkSize() == null ? 1 : programme.networkSize().min();
        int max = programme.networkSize() == null
                ? Integer.MAX_VALUE
                : programme.networkSize().max();
        boolean fewerThanOneNetwork = placements.size() < min;
        List<NetworkView> views = new ArrayList<>();
        for (int i = 0; i < form.getNetworks().size(); i++) {
            List<Member> members = new ArrayList<>();
            for (String code : form.getNetworks().get(i).getMunicipalityCodes()) {
                int proposedAt = proposedIndex.get(code);
                members.add(new Member(placements.get(code), proposedNames.get(proposedAt), proposedAt != i));
            }
            members.sort((a, b) ->
                    a.placement().municipalityName().compareTo(b.placement().municipalityName()));
            int size = members.size();
            boolean within = fewerThanOneNetwork || (size >= min && size <= max);
            views.add(new NetworkView(i, members, within, sizeText(size, within, min, max)));
        }
        model.addAttribute("programme", programme);
        model.addAttribute("proposal", proposal);
        model.addAttribute("form", form);
        model.addAttribute("views", views);
        model.addAttribute("minSize", min);
        model.addAttribute("maxSize", max);
        model.addAttribute("joined", placements.size());
        return "kl/network-proposal";
    }
}

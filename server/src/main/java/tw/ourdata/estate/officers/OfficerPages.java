package tw.ourdata.estate.officers;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import tw.ourdata.estate.common.ApiException;

/**
 * The tax officers' pages (稅務員案件卷宗): the cases, newest first, and each case's dossier, the full picture next
 * to the tasks in Tasklist. Server-rendered and read-only: nothing here changes a case (officers act in Tasklist);
 * each dossier read is recorded in the case's audit trail. Only officers and administrators get here
 * (SecurityConfiguration, their engine identity by HTTP Basic). Paths carry case ids, never a national ID.
 */
@Controller
class OfficerPages {

    /** The list is a way in, not a report: the newest cases, and a search for any older one. */
    static final int CASES_LISTED = 100;

    private final CaseDossiers dossiers;
    private final Vocabulary words;
    private final Formats formats = new Formats();

    OfficerPages(CaseDossiers dossiers, Vocabulary words) {
        this.dossiers = dossiers;
        this.words = words;
    }

    @GetMapping({"/officers", "/officers/"})
    String entry() {
        return "redirect:/officers/cases";
    }

    /** {@code ?number=} narrows the list to registration numbers containing it. */
    @GetMapping("/officers/cases")
    String cases(@RequestParam(name = "number", required = false) String number, Authentication officer, Model model) {
        String search = number == null ? "" : number.strip();
        var found = dossiers.newest(search, CASES_LISTED + 1);
        model.addAttribute("cases", found.stream().limit(CASES_LISTED).toList());
        model.addAttribute("more", found.size() > CASES_LISTED);
        model.addAttribute("limit", CASES_LISTED);
        model.addAttribute("number", search);
        return page(model, officer, "officers/cases");
    }

    @GetMapping("/officers/cases/{caseId}")
    String dossier(@PathVariable String caseId, Authentication officer, Model model) {
        model.addAttribute("dossier", dossiers.read(caseId, officer));
        return page(model, officer, "officers/dossier");
    }

    /** An unknown case (or a malformed id) is a page too, not the APIs' problem document. */
    @ExceptionHandler(ApiException.class)
    ModelAndView problem(ApiException e, Authentication officer) {
        ModelAndView page = new ModelAndView("officers/problem");
        page.setStatus(e.status());
        page.addObject("status", e.status().value());
        page.addObject("officer", officer == null ? null : officer.getName());
        return page;
    }

    private String page(Model model, Authentication officer, String view) {
        model.addAttribute("officer", officer.getName());
        model.addAttribute("words", words);
        model.addAttribute("fmt", formats);
        return view;
    }
}

package cn.guifanku.people;

import cn.guifanku.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 我的 Git 访问令牌: each signed-in person creates (shown once), lists and revokes their own tokens. */
@Controller
class AccessTokenPageController {

    private final AccessTokens tokens;

    AccessTokenPageController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Actor actor, Model model, HttpServletRequest request) {
        String user = signedIn(actor);
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("username", user);
        model.addAttribute("cloneUrl", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/git/auth/standards.git").toUriString());
        return "people/tokens";
    }

    @PostMapping("/account/tokens")
    String create(Actor actor, @RequestParam(defaultValue = "") String name, Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String user = signedIn(actor);
        String purpose = name.strip();
        String error = purpose.isEmpty() || purpose.codePointCount(0, purpose.length()) > AccessTokens.MAX_NAME
                || purpose.codePoints().anyMatch(Character::isISOControl) ? "tokens.error.name" : null;
        String secret = null;
        if (error == null) {
            try {
                secret = tokens.create(user, purpose);
            } catch (IllegalStateException e) {
                error = "tokens.error.tooMany";
            }
        }
        if (error != null) {
            response.setStatus(422);
            model.addAttribute("nameError", error);
            model.addAttribute("maxTokens", AccessTokens.MAX_PER_PERSON);
            model.addAttribute("name", purpose);
            return list(actor, model, request);
        }
        // Shown once, on the page the redirect leads to; never stored anywhere but as its hash.
        redirect.addFlashAttribute("secret", secret);
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revoke(Actor actor, @PathVariable long tokenId, RedirectAttributes redirect) {
        boolean revoked = tokens.revoke(signedIn(actor), tokenId);
        redirect.addFlashAttribute("done", revoked ? "tokens.revoked" : "tokens.error.notFound");
        return "redirect:/account/tokens";
    }

    private static String signedIn(Actor actor) {
        if (!actor.isSignedIn()) {
            throw new AccessDeniedException("signed-in users only");
        }
        return actor.username();
    }
}

package com.niasotac.newsletter.api;

import com.niasotac.newsletter.domain.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The small French page a person reaches from a mail's unsubscribe link. It has no script; its one style
 * block is allowed by its hash, so the page can carry a Content-Security-Policy that allows nothing else.
 */
final class UnsubscribePage {

    /** What the page says. */
    enum State {
        /** A valid link: one button, whose POST unsubscribes. */
        ASK,
        DONE,
        ALREADY_DONE,
        INVALID_LINK
    }

    private static final String STYLE =
            "body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2328}"
                    + "h1{font-size:1.4rem}button{font-size:1rem;padding:.7rem 1.2rem;border:0;border-radius:.4rem;"
                    + "background:#1f6feb;color:#fff;cursor:pointer}";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final Map<State, String> BODIES = Map.of(
            State.ASK,
            """
            <h1>Se désinscrire de la newsletter</h1>
            <p>Pour ne plus recevoir la newsletter de {shop}, confirmez en cliquant sur le bouton.</p>
            <form method="post" action="/newsletter/unsubscribe">
            <input type="hidden" name="token" value="{token}">
            <button type="submit">Me désinscrire</button>
            </form>""",
            State.DONE,
            """
            <h1>Désinscription confirmée</h1>
            <p>Vous ne recevrez plus la newsletter de {shop}. Vous pouvez vous réinscrire à tout moment sur notre site.</p>""",
            State.ALREADY_DONE,
            """
            <h1>Déjà désinscrit(e)</h1>
            <p>Cette adresse ne reçoit plus la newsletter de {shop}.</p>""",
            State.INVALID_LINK,
            """
            <h1>Lien non valable</h1>
            <p>Ce lien de désinscription n'est pas valable. Utilisez le lien du dernier message reçu de {shop}.</p>""");

    private UnsubscribePage() {}

    static String render(State state, String shop, String token) {
        String body = TemplateRenderer.html(BODIES.get(state), Map.of("shop", shop, "token", token));
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>Newsletter — "
                + TemplateRenderer.escapeHtml(shop) + "</title><style>" + STYLE + "</style></head><body>\n" + body
                + "\n</body></html>\n";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

// The sign-in page: username and password against /api/token; the same message whatever was wrong.
import { h } from "../dom.js";
import { describe } from "../messages.js";
import { signIn } from "../session.js";

export function signInPage(message, kind = "notice", signedIn) {
  const notice = h("p", { class: `sign-in-message ${kind}`, role: "alert", id: "sign-in-message" }, message ?? "");
  const button = h("button", { type: "submit" }, "Se connecter");
  const form = h("form", { id: "sign-in", onsubmit: async (event) => {
    event.preventDefault();
    button.setAttribute("aria-busy", "true");
    notice.className = "sign-in-message error";
    try {
      signedIn(await signIn(form.elements.username.value.trim(), form.elements.password.value));
    } catch (error) {
      notice.textContent = error.status === 401 ? "Identifiant ou mot de passe incorrect." : describe(error);
      form.elements.password.value = "";
      form.elements.password.focus();
    } finally {
      button.removeAttribute("aria-busy");
    }
  } },
  h("label", {}, "Identifiant", h("input", { name: "username", autocomplete: "username", required: true, autocapitalize: "none" })),
  h("label", {}, "Mot de passe", h("input", { name: "password", type: "password", autocomplete: "current-password", required: true })),
  button);
  return h("main", { class: "container sign-in" }, h("article", {},
    h("header", {}, h("h1", {}, "NIASOTAC"), h("p", {}, "Back-office de la boutique")), message ? notice : notice, form));
}

// Small pieces every screen uses: notices, confirmation and form dialogs, badges, the pager.
import { append, h, replace } from "./dom.js";
import { count } from "./format.js";
import { showErrors } from "./form.js";
import { describe } from "./messages.js";

export function toast(message, kind = "ok") {
  const note = h("p", { class: `toast toast-${kind}` }, message);
  document.getElementById("toasts").append(note);
  setTimeout(() => note.remove(), kind === "error" ? 8000 : 4000);
}

export function failed(error) {
  toast(describe(error), "error");
}

/** Runs an action from a button, disabling it meanwhile; errors become a notice. */
export async function act(button, action) {
  if (button) button.setAttribute("aria-busy", "true");
  if (button) button.disabled = true;
  try {
    return await action();
  } catch (error) {
    failed(error);
    return undefined;
  } finally {
    if (button) button.removeAttribute("aria-busy");
    if (button) button.disabled = false;
  }
}

export function badge(text, kind = "neutral") {
  return h("span", { class: `badge badge-${kind}` }, text);
}

export function yesNo(value, yes, no) {
  return value ? badge(yes, "ok") : badge(no, "muted");
}

/** A modal built from a form; resolves with what {@code submit} returned, or null when closed. */
export function formDialog(title, body, { submitLabel = "Enregistrer", submit, danger = false } = {}) {
  return new Promise((resolve) => {
    const form = h("form", { method: "dialog" });
    const message = h("p", { class: "form-error", role: "alert" });
    const cancel = h("button", { type: "button", class: "secondary", onclick: () => close(null) }, "Annuler");
    const ok = h("button", { type: "submit", class: danger ? "danger" : undefined }, submitLabel);
    const dialog = h("dialog", { class: "modal" },
      h("article", {}, h("header", {}, h("h3", {}, title)), append(form, [body, message, h("footer", {}, cancel, ok)])));
    const close = (value) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      ok.setAttribute("aria-busy", "true");
      try {
        close(submit ? (await submit(form)) ?? true : true);
      } catch (error) {
        replace(message, describe(error));
        showErrors(form, error);
      } finally {
        ok.removeAttribute("aria-busy");
      }
    });
    dialog.addEventListener("cancel", () => resolve(null));
    document.body.append(dialog);
    dialog.showModal();
  });
}

export function confirm(question, { submitLabel = "Confirmer", danger = true, submit } = {}) {
  return formDialog("Confirmation", h("p", {}, question), { submitLabel, danger, submit });
}

/** « Page 2 sur 5 · 97 résultats », with previous and next. */
export function pager(data, page, pageSize, go) {
  const pages = Math.max(1, Math.ceil(data.count / pageSize));
  return h("nav", { class: "pager", "aria-label": "Pages" },
    h("button", { type: "button", class: "secondary outline", disabled: !data.previous, onclick: () => go(page - 1) }, "‹ Précédente"),
    h("span", {}, `Page ${page} sur ${pages} · ${count(data.count)} résultat${data.count > 1 ? "s" : ""}`),
    h("button", { type: "button", class: "secondary outline", disabled: !data.next, onclick: () => go(page + 1) }, "Suivante ›"));
}

/** A screen's title line with its actions on the right. */
export function heading(title, ...actions) {
  return h("div", { class: "heading" }, h("h2", {}, title), h("div", { class: "actions" }, actions));
}

export function link(href, text, props = {}) {
  return h("a", { href, ...props }, text);
}

/** Shown in place of a screen whose endpoint the server does not offer (yet). */
export function unavailable(what, error) {
  return h("article", { class: "notice" }, h("p", {}, `${what} : ${describe(error)}`));
}

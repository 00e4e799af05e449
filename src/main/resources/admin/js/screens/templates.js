// Modèles: the templates, and an editor with a live preview of the subject, HTML and text parts filled with
// sample values (escaped in the HTML part, as the sender does).
import { api } from "../api.js";
import { h, replace } from "../dom.js";
import { fields, onSave, read } from "../form.js";
import { listView, triState } from "../list.js";
import { confirm, heading, toast, yesNo } from "../ui.js";
import { tabs } from "./newsletter-parts.js";

const SPECS = [
  { name: "name", label: "Nom", required: true },
  { name: "subject", label: "Objet", required: true },
  { name: "default_from", label: "Expéditeur (facultatif)", placeholder: "NIASOTAC <newsletter@niasotac.com>" },
  { name: "is_active", label: "Utilisable pour de nouvelles campagnes", type: "checkbox", switch: true },
  { name: "html_content", label: "Contenu HTML", type: "textarea", rows: 12 },
  { name: "plain_content", label: "Contenu texte", type: "textarea", rows: 8, required: true },
];

const SAMPLE = {
  name: "Awa Dossou",
  email: "awa.dossou@example.bj",
  unsubscribe_url: `${location.origin}/newsletter/unsubscribe?token=exemple`,
};

export function fill(text, escape) {
  return (text ?? "").replace(/\{(name|email|unsubscribe_url)\}/g, (_, key) => (escape ? escapeHtml(SAMPLE[key]) : SAMPLE[key]));
}

function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export default async function templates(section) {
  const editor = h("div", { id: "template-editor" });
  let list;
  const columns = [
    { label: "Nom", sort: "name", render: (t) => h("a", { href: "#/newsletter/modeles", onclick: (e) => { e.preventDefault(); open(t); } }, t.name) },
    { label: "Objet", render: (t) => t.subject },
    { label: "Actif", render: (t) => yesNo(t.is_active, "Actif", "Inactif") },
    { label: "Campagnes", class: "num", render: (t) => t.campaigns_count },
    { label: "", render: (t) => h("button", { type: "button", class: "danger outline", onclick: () => remove(t) }, "Supprimer") },
  ];
  list = listView({ path: "/api/v1/newsletter/templates", memory: "templates", columns, search: null,
    filters: [{ name: "name", label: "Nom contient" }, { name: "subject", label: "Objet contient" }, triState("is_active", "Actif")] });

  async function remove(template) {
    const done = await confirm(`Supprimer le modèle « ${template.name} » ?`, { submitLabel: "Supprimer",
      submit: () => api.delete(`/api/v1/newsletter/templates/${template.slug}`).catch((error) => {
        if (error.status === 409) error.message = `des campagnes l'utilisent ; désactivez-le plutôt. (${error.message})`;
        throw error;
      }) });
    if (done) list.reload();
  }

  function open(template) {
    replace(editor, templateEditor(template, () => { replace(editor); list.reload(); }));
    editor.scrollIntoView({ behavior: "smooth" });
  }

  replace(section, tabs("#/newsletter/modeles"), heading("Modèles", h("button", { type: "button", onclick: () => open(null) }, "Nouveau modèle")), list.element, editor);
}

function templateEditor(template, done) {
  const values = template ?? { is_active: true, html_content: "<p>Bonjour {name},</p>\n<p>…</p>\n<p><a href=\"{unsubscribe_url}\">Se désabonner</a></p>", plain_content: "Bonjour {name},\n\n…\n\nSe désabonner : {unsubscribe_url}" };
  const message = h("p", { class: "form-error", role: "alert" });
  const form = h("form", { id: "template-form", novalidate: true }, fields(SPECS, values), message,
    h("button", { type: "submit" }, template ? "Enregistrer le modèle" : "Créer le modèle"));
  const subject = h("p", { class: "preview-subject" });
  const frame = h("iframe", { class: "preview-html", id: "preview-html", sandbox: "", title: "Aperçu HTML" });
  const text = h("pre", { class: "preview-text", id: "preview-text" });
  let timer = null;
  const preview = () => {
    const body = read(form, SPECS);
    replace(subject, "Objet : ", fill(body.subject, false));
    frame.srcdoc = fill(body.html_content ?? "<p>(pas de partie HTML : le texte seul est envoyé)</p>", true);
    replace(text, fill(body.plain_content, false));
  };
  form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(preview, 300); });
  preview();

  onSave(form, async () => {
    const body = read(form, SPECS);
    if (template) await api.patch(`/api/v1/newsletter/templates/${template.slug}`, body);
    else await api.post("/api/v1/newsletter/templates", body);
    toast(template ? "Modèle enregistré." : "Modèle créé.");
    done();
  });

  return h("article", { class: "panel" }, h("h3", {}, template ? `Modèle « ${template.name} »` : "Nouveau modèle"),
    h("div", { class: "editor" }, form, h("div", { class: "preview" }, h("h4", {}, "Aperçu (valeurs d'exemple)"), subject, frame, h("h4", {}, "Partie texte"), text)));
}

// Site: the shop's settings and which social links it shows, its services (with an uploaded image), its links.
import { all, api } from "../api.js";
import { h, replace } from "../dom.js";
import { changes, fields, onSave, read } from "../form.js";
import { act, confirm, formDialog, heading, toast, yesNo } from "../ui.js";

const SETTINGS = [
  { name: "company_name", label: "Nom de l'entreprise", required: true },
  { name: "whatsapp_number", label: "Numéro WhatsApp", hint: "Chiffres seulement, indicatif d'abord : 22901970000000", required: true },
  { name: "contact_email", label: "E-mail de contact", type: "email", required: true },
  { name: "contact_phone", label: "Téléphone", required: true },
  { name: "contact_address", label: "Adresse", required: true },
  { name: "company_description", label: "Présentation", type: "textarea", rows: 3 },
];
const SERVICE = [
  { name: "title", label: "Titre", required: true },
  { name: "description", label: "Description", type: "textarea", rows: 3 },
  { name: "order", label: "Ordre d'affichage", type: "number" },
  { name: "is_active", label: "Visible sur le site", type: "checkbox", switch: true },
  { name: "image_url", label: "Image (adresse externe)", type: "url", hint: "Ou téléversez une image après l'enregistrement." },
  { name: "external_link", label: "Lien externe", type: "url" },
];
const NETWORKS = ["Facebook", "Twitter", "Instagram", "Linkedin", "Youtube", "Tiktok", "Whatsapp"];
const LINK = [
  { name: "name", label: "Réseau", type: "select", options: NETWORKS.map((n) => [n, n]) },
  { name: "url", label: "Adresse", type: "url", required: true },
];

export default async function site(section) {
  const [settings, services, links] = await Promise.all([
    api.get("/api/v1/settings"), all("/api/v1/services", { ordering: "order" }), all("/api/v1/social-links"),
  ]);
  const reload = () => site(section);
  replace(section, heading("Site"), settingsForm(settings, links), servicesPanel(services, reload), linksPanel(links, reload));
}

function settingsForm(settings, links) {
  const message = h("p", { class: "form-error", role: "alert" });
  // Before social links carried is_shown, the settings listed the shown ones (by address).
  const shown = new Set((settings.social_links ?? []).map((l) => l.url));
  const choices = links.map((link) => h("label", { class: "check" },
    h("input", { type: "checkbox", name: "social_link_ids", value: link.id, checked: link.is_shown ?? shown.has(link.url) }), `${link.name} · ${link.url}`));
  const form = h("form", { id: "settings-form", novalidate: true }, h("div", { class: "grid-auto" }, fields(SETTINGS, settings)),
  h("fieldset", { "data-field": "social_link_ids" }, h("legend", {}, "Réseaux sociaux affichés sur le site"), choices.length ? choices : h("p", { class: "empty" }, "Aucun lien : ajoutez-en plus bas."), h("small", { class: "field-error" })),
  message, h("button", { type: "submit" }, "Enregistrer les réglages"));
  onSave(form, async () => {
    const body = read(form, SETTINGS);
    body.social_link_ids = [...form.querySelectorAll('[name="social_link_ids"]:checked')].map((box) => Number(box.value));
    await api.patch("/api/v1/settings", body);
    toast("Réglages enregistrés.");
  });
  return h("article", { class: "panel" }, h("h3", {}, "Réglages"), form);
}

function servicesPanel(services, reload) {
  const rows = services.map((service) => {
    const file = h("input", { type: "file", accept: "image/jpeg,image/png,image/webp", hidden: true, onchange: (e) => act(null, async () => {
      const form = new FormData();
      form.append("file", e.target.files[0]);
      await api.upload("PUT", `/api/v1/services/${service.slug}/image`, form);
      toast("Image enregistrée.");
      reload();
    }) });
    return h("tr", {},
      h("td", {}, service.image_url ? h("img", { class: "thumb", src: service.image_url, alt: "", width: 48, height: 48 }) : "—"),
      h("td", {}, service.title), h("td", { class: "num" }, service.order), h("td", {}, yesNo(service.is_active, "Visible", "Masqué")),
      h("td", {}, h("span", { class: "row-actions" },
        h("button", { type: "button", class: "secondary outline", onclick: () => editService(service, reload) }, "Modifier"),
        h("button", { type: "button", class: "secondary outline", onclick: () => file.click() }, "Téléverser une image"), file,
        h("button", { type: "button", class: "danger outline", onclick: async () => {
          if (await confirm(`Supprimer le service « ${service.title} » ?`, { submitLabel: "Supprimer", submit: () => api.delete(`/api/v1/services/${service.slug}`) })) reload();
        } }, "Supprimer"))));
  });
  return h("article", { class: "panel" }, heading("Services", h("button", { type: "button", onclick: () => editService(null, reload) }, "Nouveau service")),
    h("div", { class: "table-scroll" }, h("table", { class: "striped" }, h("thead", {}, h("tr", {}, ["Image", "Titre", "Ordre", "État", ""].map((t) => h("th", {}, t)))), h("tbody", {}, rows))),
    h("small", {}, "Images : JPEG, PNG ou WebP, au moins 300 × 300 pixels, 5 Mo au plus."));
}

async function editService(service, reload) {
  const done = await formDialog(service ? `Service « ${service.title} »` : "Nouveau service", fields(SERVICE, service ?? { is_active: true, order: 0 }), {
    // Only what changed: an uploaded image shows as image_url, which must not come back as an external address.
    submit: (form) => (service ? api.patch(`/api/v1/services/${service.slug}`, changes(read(form, SERVICE), service, SERVICE)) : api.post("/api/v1/services", read(form, SERVICE))),
  });
  if (done) reload();
}

function linksPanel(links, reload) {
  const edit = async (link) => {
    const done = await formDialog(link ? `Lien ${link.name}` : "Nouveau lien", fields(LINK, link ?? {}), {
      submit: (form) => (link ? api.patch(`/api/v1/social-links/${link.id}`, read(form, LINK)) : api.post("/api/v1/social-links", read(form, LINK))),
    });
    if (done) reload();
  };
  return h("article", { class: "panel" }, heading("Réseaux sociaux", h("button", { type: "button", onclick: () => edit(null) }, "Nouveau lien")),
    links.length ? h("ul", { class: "link-list" }, links.map((link) => h("li", {}, `${link.name} · `, h("a", { href: link.url, target: "_blank", rel: "noopener noreferrer" }, link.url), " ",
      h("button", { type: "button", class: "secondary outline", onclick: () => edit(link) }, "Modifier"),
      h("button", { type: "button", class: "danger outline", onclick: async () => {
        if (await confirm(`Supprimer le lien ${link.name} ?`, { submitLabel: "Supprimer", submit: () => api.delete(`/api/v1/social-links/${link.id}`) })) reload();
      } }, "Supprimer")))) : h("p", { class: "empty" }, "Aucun lien."));
}

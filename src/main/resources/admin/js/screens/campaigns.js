// Campagnes: create, schedule, send now, cancel, delete; progress (sent / failed / total) refreshed while a
// campaign waits or sends; each campaign's log.
import { all, api } from "../api.js";
import { h, replace } from "../dom.js";
import { count, when } from "../format.js";
import { fields, read } from "../form.js";
import { listView } from "../list.js";
import { picker } from "../picker.js";
import { act, badge, formDialog, heading, toast } from "../ui.js";
import { tabs } from "./newsletter-parts.js";

const STATUS = {
  draft: ["Brouillon", "muted"],
  scheduled: ["Programmée", "info"],
  sending: ["En cours d'envoi", "warn"],
  sent: ["Envoyée", "ok"],
  cancelled: ["Annulée", "muted"],
};
const LIVE = new Set(["scheduled", "sending"]);
const LOG_STATUS = { queued: ["En file", "neutral"], sending: ["En cours", "warn"], sent: ["Envoyé", "ok"], failed: ["Échec", "danger"] };

export default async function campaigns(section, { onLeave }) {
  const logs = h("div", { id: "campaign-logs" });
  let timer = null;
  let list;
  onLeave(() => clearTimeout(timer));
  const columns = [
    { label: "Nom", sort: "name", render: (c) => c.name },
    { label: "Modèle", render: (c) => c.template_name ?? c.template },
    { label: "État", render: (c) => badge(...(STATUS[c.status] ?? [c.status, "neutral"])) },
    { label: "Programmée le", sort: "scheduled_at", render: (c) => when(c.scheduled_at) },
    { label: "Progression", render: progress },
    { label: "", render: (c) => h("span", { class: "row-actions" }, actions(c, () => list.reload(), () => showLogs(c))) },
  ];
  list = listView({
    path: "/api/v1/newsletter/campaigns", memory: "campaigns", columns, search: null, ordering: "-created_at",
    filters: [
      { name: "status", label: "État", type: "select", options: [["", "Tous"], ...Object.entries(STATUS).map(([value, [label]]) => [value, label])] },
      { name: "name", label: "Nom contient" },
      { name: "scheduled_after", label: "Programmée après le", type: "date" },
      { name: "scheduled_before", label: "Programmée avant le", type: "date" },
    ],
    // While a campaign waits for its time or is being sent, the list refreshes itself.
    onLoad: (page) => {
      clearTimeout(timer);
      if (page.results.some((c) => LIVE.has(c.status))) timer = setTimeout(() => list.reload(), 2000);
    },
  });

  function showLogs(campaign) {
    const view = listView({
      path: `/api/v1/newsletter/campaigns/${campaign.id}/logs`, memory: `logs-${campaign.id}`, search: null, empty: "Aucun envoi pour l'instant.",
      filters: [{ name: "status", label: "État", type: "select", options: [["", "Tous"], ...Object.entries(LOG_STATUS).map(([value, [label]]) => [value, label])] }],
      columns: [
        { label: "Adresse", render: (l) => l.email ?? "(effacée)" },
        { label: "État", render: (l) => badge(...(LOG_STATUS[l.status] ?? [l.status, "neutral"])) },
        { label: "Erreur", render: (l) => l.error ?? "" },
        { label: "Terminé le", render: (l) => when(l.finished_at) },
      ],
    });
    replace(logs, h("article", { class: "panel" }, h("h3", {}, `Journal de « ${campaign.name} »`), view.element));
    logs.scrollIntoView({ behavior: "smooth" });
  }

  replace(section, tabs("#/newsletter/campagnes"),
    heading("Campagnes", h("button", { type: "button", onclick: () => create(() => list.reload()) }, "Nouvelle campagne")),
    list.element, logs);
}

function progress(campaign) {
  const total = campaign.recipients_count;
  const done = campaign.sent_count + campaign.failed_count;
  return h("span", { class: "progress-cell" },
    total ? h("progress", { value: done, max: total }) : null,
    h("small", { class: "progress-text" }, `${count(campaign.sent_count)} envoyé(s) · ${count(campaign.failed_count)} en échec · ${count(total)} au total`));
}

function actions(campaign, reload, logs) {
  const base = `/api/v1/newsletter/campaigns/${campaign.id}`;
  const run = (label, action, message) => h("button", { type: "button", class: "secondary outline", onclick: (e) => act(e.currentTarget, async () => {
    await action();
    toast(message);
    reload();
  }) }, label);
  const editable = campaign.status === "draft" || campaign.status === "scheduled";
  return [
    editable ? h("button", { type: "button", class: "secondary outline schedule", onclick: () => schedule(campaign, reload) }, "Programmer") : null,
    editable ? run("Envoyer maintenant", () => api.post(`${base}/send_now`), "Envoi lancé.") : null,
    editable || campaign.status === "sending" ? run("Annuler", () => api.post(`${base}/cancel`), "Campagne annulée.") : null,
    campaign.status === "draft" || campaign.status === "cancelled" ? run("Supprimer", () => api.delete(base), "Campagne supprimée.") : null,
    h("button", { type: "button", class: "secondary outline", onclick: logs }, "Journal"),
  ];
}

async function schedule(campaign, reload) {
  const spec = { name: "scheduled_at", label: "Date et heure d'envoi", type: "datetime", step: 1, required: true };
  const done = await formDialog(`Programmer « ${campaign.name} »`, fields([spec], campaign), {
    submitLabel: "Programmer",
    submit: (form) => api.post(`/api/v1/newsletter/campaigns/${campaign.id}/schedule`, read(form, [spec])),
  });
  if (done) {
    toast("Campagne programmée.");
    reload();
  }
}

async function create(reload) {
  const templates = await all("/api/v1/newsletter/templates", { is_active: true });
  const specs = [
    { name: "name", label: "Nom", required: true },
    { name: "template", label: "Modèle", type: "select", required: true, options: [["", "Choisir…"], ...templates.map((t) => [t.slug, t.name])] },
    { name: "recipients", label: "Destinataires", type: "select", options: [["all", "Tous les abonnés confirmés"], ["tag", "Les abonnés d'une étiquette"], ["listed", "Des abonnés choisis"]] },
    { name: "recipient_tag", label: "Étiquette" },
    { name: "scheduled_at", label: "Envoi programmé le (facultatif)", type: "datetime" },
  ];
  const chosen = picker({ name: "subscribers", label: "Abonnés choisis", search: async (text) =>
    (await api.get("/api/v1/newsletter/subscribers", { search: text || undefined, confirmed: true, subscribed: true, page_size: 10 })).results.map((s) => ({ id: s.id, label: s.email })) });
  const body = h("div", {}, fields(specs, { recipients: "all" }), chosen);
  const sync = () => {
    const recipients = body.querySelector('[name="recipients"]').value;
    body.querySelector('[data-field="recipient_tag"]').hidden = recipients !== "tag";
    chosen.hidden = recipients !== "listed";
  };
  body.querySelector('[name="recipients"]').addEventListener("change", sync);
  sync();
  const done = await formDialog("Nouvelle campagne", body, {
    submitLabel: "Créer",
    submit: async (form) => {
      const { scheduled_at: when, ...campaign } = read(form, specs);
      if (campaign.recipients !== "tag") campaign.recipient_tag = null;
      campaign.subscribers = campaign.recipients === "listed" ? chosen.chosen().map((s) => s.id) : [];
      const created = await api.post("/api/v1/newsletter/campaigns", campaign);
      if (when) await api.post(`/api/v1/newsletter/campaigns/${created.id}/schedule`, { scheduled_at: when });
      return created;
    },
  });
  if (done) {
    toast("Campagne créée.");
    reload();
  }
}

// Abonnés: filters, bulk actions, editing one, and erasing a person who asks to be forgotten.
import { api } from "../api.js";
import { h, replace } from "../dom.js";
import { when } from "../format.js";
import { changes, fields, read } from "../form.js";
import { listView, triState } from "../list.js";
import { badge, confirm, formDialog, heading, toast } from "../ui.js";
import { tabs } from "./newsletter-parts.js";

const EDITABLE = [
  { name: "name", label: "Nom" },
  { name: "source", label: "Source" },
  { name: "tags", label: "Étiquettes (séparées par des virgules)", type: "tags" },
  { name: "confirmed", label: "Confirmé", type: "checkbox" },
  { name: "subscribed", label: "Abonné (décocher : désabonné)", type: "checkbox" },
];

export default async function subscribers(section) {
  let list;
  const columns = [
    { label: "Adresse", sort: "email", render: (s) => s.email },
    { label: "Nom", render: (s) => s.name ?? "—" },
    { label: "Source", render: (s) => s.source ?? "—" },
    { label: "Étiquettes", render: (s) => h("span", { class: "badges" }, s.tags.map((tag) => badge(tag, "neutral"))) },
    { label: "État", sort: "confirmed_at", render: (s) => h("span", { class: "badges" },
      s.confirmed ? badge("Confirmé", "ok") : badge("En attente", "warn"), s.subscribed ? null : badge("Désabonné", "muted")) },
    { label: "Inscrit le", sort: "created_at", render: (s) => when(s.created_at) },
    { label: "", render: (s) => h("span", { class: "row-actions" },
      h("button", { type: "button", class: "secondary outline", onclick: () => edit(s, list) }, "Modifier"),
      h("button", { type: "button", class: "danger outline", onclick: () => erase(s, list) }, "Effacer")) },
  ];
  const filters = [
    triState("confirmed", "Confirmé"),
    triState("subscribed", "Abonné"),
    { name: "source", label: "Source" },
    { name: "tag", label: "Étiquette" },
    { name: "email", label: "Adresse contient" },
    { name: "name", label: "Nom contient" },
  ];
  list = listView({
    path: "/api/v1/newsletter/subscribers", memory: "subscribers", columns, filters, ordering: "-created_at", searchHint: "Adresse ou nom",
    bulk: { path: "/api/v1/newsletter/subscribers/bulk", noun: "abonné(s)", actions: [
      ["mark_confirmed", "Marquer confirmés"], ["mark_unconfirmed", "Marquer non confirmés"], ["unsubscribe", "Désabonner"], ["resubscribe", "Réabonner"]] },
  });
  replace(section, tabs("#/newsletter/abonnes"), heading("Abonnés"), list.element);
}

async function edit(subscriber, list) {
  const done = await formDialog(subscriber.email, fields(EDITABLE, subscriber), {
    submit: (form) => api.patch(`/api/v1/newsletter/subscribers/${subscriber.id}`, changes(read(form, EDITABLE), subscriber, EDITABLE)),
  });
  if (done) {
    toast("Abonné enregistré.");
    list.reload();
  }
}

async function erase(subscriber, list) {
  const done = await confirm(`Effacer ${subscriber.email} ? L'adresse disparaît partout (les journaux d'envoi ne gardent que les comptes). C'est définitif.`, {
    submitLabel: "Effacer", submit: () => api.delete(`/api/v1/newsletter/subscribers/${subscriber.id}`),
  });
  if (done) {
    toast("Abonné effacé.");
    list.reload();
  }
}

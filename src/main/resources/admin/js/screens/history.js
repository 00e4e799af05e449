// Historique: who changed what and when, from the audit log; the whole shop for admins, one object for everyone.
import { h, replace } from "../dom.js";
import { when } from "../format.js";
import { listView } from "../list.js";
import { badge, heading } from "../ui.js";
import { isAdmin } from "../session.js";

const ENTITIES = [["product", "Produit"], ["product_image", "Image de produit"], ["category", "Catégorie"], ["promotion", "Promotion"],
  ["template", "Modèle"], ["campaign", "Campagne"], ["settings", "Réglages"], ["service", "Service"], ["social_link", "Réseau social"],
  ["user", "Utilisateur"], ["subscriber", "Abonné"]];
const ACTIONS = { create: ["Création", "ok"], update: ["Modification", "info"], delete: ["Suppression", "danger"] };

export default async function history(section, { query }) {
  const entity = query.get("entity");
  const id = query.get("id");
  const single = entity && id;
  if (!single && !isAdmin()) {
    return replace(section, heading("Historique"), h("p", { class: "notice" },
      "L'historique de toute la boutique est réservé aux administrateurs ; celui d'un produit ou d'une promotion s'ouvre depuis sa fiche."));
  }
  const columns = [
    { label: "Quand", render: (row) => when(row.at) },
    { label: "Qui", render: (row) => row.user?.username ?? "(système)" },
    { label: "Action", render: (row) => badge(...(ACTIONS[row.action] ?? [row.action, "neutral"])) },
    { label: "Objet", render: (row) => `${ENTITIES.find(([e]) => e === row.entity)?.[1] ?? row.entity} « ${row.entity_label ?? row.entity_id} »` },
    { label: "Changements", render: changes },
  ];
  const filters = single ? [] : [
    { name: "entity", label: "Type d'objet", type: "select", options: [["", "Tous"], ...ENTITIES] },
    { name: "id", label: "Numéro de l'objet", type: "number" },
    { name: "user", label: "Numéro de l'utilisateur", type: "number" },
    { name: "action", label: "Action", type: "select", options: [["", "Toutes"], ...Object.entries(ACTIONS).map(([value, [label]]) => [value, label])] },
    { name: "since", label: "Depuis le", type: "date" },
    { name: "until", label: "Jusqu'au", type: "date" },
  ];
  const list = listView({ path: "/api/v1/audit-log", memory: single ? `history-${entity}-${id}` : "history", columns, filters, search: null,
    query: single ? { entity, id } : {}, empty: "Aucun changement enregistré." });
  replace(section, heading(single ? `Historique : ${ENTITIES.find(([e]) => e === entity)?.[1] ?? entity} n° ${id}` : "Historique de la boutique"),
    single ? h("p", {}, h("button", { type: "button", class: "secondary outline", onclick: () => window.history.back() }, "‹ Retour")) : null,
    list.element);
}

function changes(row) {
  const entries = Object.entries(row.changes ?? {});
  if (!entries.length) return "—";
  return h("ul", { class: "changes" }, entries.map(([name, change]) => h("li", {}, h("code", {}, name), " : ",
    h("span", { class: "old" }, show(change.old)), " → ", h("span", { class: "new" }, show(change.new)))));
}

function show(value) {
  if (value === null || value === undefined) return "∅";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

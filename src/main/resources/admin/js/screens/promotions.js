// Promotions: the list with type badges, window, usage and whether each is active now; bulk actions.
import { h, replace } from "../dom.js";
import { count, day, fcfa } from "../format.js";
import { listView, triState } from "../list.js";
import { badge, heading, link } from "../ui.js";

export const TYPES = [["percent", "Pourcentage"], ["amount", "Montant"], ["set_price", "Prix fixé"], ["bogo", "x achetés, y offerts"]];

export function offer(promotion) {
  switch (promotion.promotion_type) {
    case "percent": return `-${count(promotion.value)} %`;
    case "amount": return `-${fcfa(promotion.value)}`;
    case "set_price": return `à ${fcfa(promotion.value)}`;
    default: return `${promotion.buy_x} achetés + ${promotion.get_y} offert(s)`;
  }
}

export default async function promotions(section) {
  const columns = [
    { label: "Nom", sort: "name", render: (p) => link(`#/promotions/${encodeURIComponent(p.slug)}`, p.name) },
    { label: "Code", render: (p) => p.code ?? "—" },
    { label: "Type", sort: "value", render: (p) => h("span", {}, badge(TYPES.find(([t]) => t === p.promotion_type)?.[1] ?? p.promotion_type, "info"), " ", offer(p)) },
    { label: "Période", sort: "start_at", render: (p) => `${p.start_at ? `du ${day(p.start_at)}` : "dès maintenant"} ${p.end_at ? `au ${day(p.end_at)}` : "sans fin"}` },
    { label: "Utilisations", class: "num", render: (p) => `${count(p.usage_count)} / ${p.usage_limit ? count(p.usage_limit) : "∞"}` },
    { label: "Ciblage", render: (p) => (p.applies_to_all ? "Tout le catalogue" : `${p.products_count} produit(s), ${p.categories_count} catégorie(s)`) },
    { label: "État", render: (p) => h("span", { class: "badges" },
      p.is_active_now ? badge("Active maintenant", "ok") : badge(p.active ? "Hors période ou épuisée" : "Désactivée", "muted"),
      p.is_stackable ? badge("Cumulable", "neutral") : null) },
  ];
  const filters = [
    { name: "promotion_type", label: "Type", type: "select", options: [["", "Tous"], ...TYPES] },
    triState("is_active_now", "Active maintenant"),
    triState("active", "Activée"),
    triState("is_stackable", "Cumulable"),
    triState("applies_to_all", "Tout le catalogue"),
  ];
  const list = listView({
    path: "/api/v1/promotions", memory: "promotions", columns, filters, ordering: "-created_at", searchHint: "Nom ou code",
    bulk: { path: "/api/v1/promotions/bulk", noun: "promotion(s)", actions: [["activate", "Activer"], ["deactivate", "Désactiver"], ["mark_stackable", "Rendre cumulables"], ["mark_non_stackable", "Rendre non cumulables"]] },
  });
  replace(section, heading("Promotions", link("#/promotions/nouvelle", "Nouvelle promotion", { role: "button" })), list.element);
}

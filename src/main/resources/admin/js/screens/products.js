// Produits: the list with thumbnails, badges and the Django admin's filters; sorting, pages, the ten bulk actions.
import { h, replace } from "../dom.js";
import { count, daysAgo, fcfa } from "../format.js";
import { listView, triState } from "../list.js";
import { heading, link } from "../ui.js";
import { LOW_STOCK, categoryOptions, scoreBadges, stockBadge, thumbnail } from "./catalog-parts.js";

const BULK_ACTIONS = [
  ["activate", "Activer"],
  ["deactivate", "Désactiver"],
  ["mark_in_stock", "Marquer en stock"],
  ["mark_out_of_stock", "Marquer en rupture"],
  ["force_featured", "Forcer en vedette"],
  ["force_recommended", "Forcer en recommandé"],
  ["exclude_from_featured", "Exclure de la vedette"],
  ["exclude_from_recommended", "Exclure des recommandés"],
  ["clear_overrides", "Retirer les forçages"],
  ["recalculate_scores", "Recalculer les scores"],
];

const STOCK = { in: { in_stock: true }, out: { in_stock: false }, low: { min_stock: 1, max_stock: LOW_STOCK } };

export default async function products(section) {
  const categories = await categoryOptions();
  const filters = [
    triState("is_active", "Actif"),
    { name: "stock", label: "Stock", type: "select", options: [["", "Tous"], ["in", "En stock"], ["out", "En rupture"], ["low", `Stock faible (≤ ${LOW_STOCK})`]], query: (v) => STOCK[v] },
    { name: "category", label: "Catégorie (et sous-catégories)", type: "select", options: [["", "Toutes"], ...categories] },
    { name: "brand", label: "Marques (séparées par des virgules)" },
    { name: "min_price", label: "Prix min. (FCFA)", type: "money" },
    { name: "max_price", label: "Prix max. (FCFA)", type: "money" },
    triState("has_discount", "En promotion"),
    triState("is_featured", "En vedette"),
    triState("is_recommended", "Recommandé"),
    { name: "new_in", label: "Nouveautés", type: "select", options: [["", "Toutes"], ["7", "7 derniers jours"], ["30", "30 derniers jours"], ["90", "90 derniers jours"]], query: (days) => ({ created_after: daysAgo(Number(days)) }) },
    { name: "min_views", label: "Vues min.", type: "number" },
    { name: "min_clicks", label: "Clics WhatsApp min.", type: "number" },
    { name: "created_after", label: "Créé après le", type: "date" },
    { name: "created_before", label: "Créé avant le", type: "date" },
  ];
  const columns = [
    { label: "", render: (p) => thumbnail(p.main_image, p.name), class: "thumb-cell" },
    { label: "Nom", sort: "name", render: (p) => link(`#/produits/${encodeURIComponent(p.slug)}`, p.name) },
    { label: "Marque", sort: "brand", render: (p) => p.brand ?? "—" },
    { label: "Catégorie", sort: "category_name", render: (p) => p.category_name },
    { label: "Prix", sort: "price", class: "num", render: price },
    { label: "Stock", sort: "stock_quantity", render: stockBadge },
    { label: "Badges", render: scoreBadges },
    { label: "Vues", sort: "view_count", class: "num", render: (p) => count(p.view_count) },
    { label: "Clics", sort: "whatsapp_click_count", class: "num", render: (p) => count(p.whatsapp_click_count) },
    { label: "Créé", sort: "created_at", render: (p) => new Date(p.created_at).toLocaleDateString("fr-FR") },
  ];
  const list = listView({
    path: "/api/v1/products", memory: "products", searchHint: "Nom, marque, référence, code-barres…", columns, filters, ordering: "-created_at",
    bulk: { path: "/api/v1/products/bulk", actions: BULK_ACTIONS, noun: "produit(s)" },
  });
  replace(section, heading("Produits", link("#/produits/nouveau", "Nouveau produit", { role: "button" })), list.element);
}

function price(product) {
  if (!product.has_discount) return fcfa(product.final_price);
  return h("span", {}, h("strong", {}, fcfa(product.final_price)), h("br"), h("s", {}, fcfa(product.compare_at_price ?? product.price)));
}

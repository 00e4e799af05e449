// Tableau de bord: the shop's figures from GET /api/v1/stats, the last subscribers, campaigns being sent.
import { api } from "../api.js";
import { h, replace } from "../dom.js";
import { count, when } from "../format.js";
import { heading, unavailable } from "../ui.js";

const LOW_STOCK = 10;

export default async function dashboard(section, { onLeave }) {
  const figures = h("div", { class: "figures" });
  const lists = h("div", { class: "grid-auto" });
  replace(section, heading("Tableau de bord"), figures, lists);

  async function load() {
    const [stats, latest] = await Promise.allSettled([
      api.get("/api/v1/stats", { low_stock: LOW_STOCK }),
      api.get("/api/v1/newsletter/subscribers", { ordering: "-created_at", page_size: 5 }),
    ]);
    if (stats.status === "rejected") {
      replace(figures, unavailable("Indicateurs indisponibles", stats.reason));
      replace(lists, latestSubscribers(latest));
      return false;
    }
    const s = stats.value;
    replace(figures,
      figure("Produits actifs", s.products.active, "#/produits"),
      figure("En rupture", s.products.out_of_stock, "#/produits", s.products.out_of_stock ? "warn" : ""),
      figure(`Stock faible (≤ ${s.products.low_stock_threshold})`, s.products.low_stock, "#/produits", s.products.low_stock ? "warn" : ""),
      figure("En vedette", s.products.featured, "#/produits"),
      figure("En promotion", s.products.on_sale, "#/produits"),
      figure("Promotions actives", s.promotions.active_now, "#/promotions"),
      figure("Abonnés confirmés", s.subscribers.confirmed, "#/newsletter/abonnes"),
      figure("Abonnés en attente", s.subscribers.pending, "#/newsletter/abonnes"));
    replace(lists,
      ranking("Les plus vus (30 jours)", s.top_viewed, (p) => `${count(p.views)} vues`),
      ranking("Les plus cliqués sur WhatsApp (30 jours)", s.top_clicked, (p) => `${count(p.clicks)} clics`),
      ranking("Stock faible", s.low_stock_products, (p) => `${count(p.stock_quantity)} en stock`),
      sending(s.campaigns_sending),
      latestSubscribers(latest));
    return s.campaigns_sending.length > 0;
  }

  // While campaigns are being sent, their progress is refreshed every five seconds.
  let timer = null;
  const refresh = async () => {
    if (await load()) timer = setTimeout(refresh, 5000);
  };
  onLeave(() => clearTimeout(timer));
  await refresh();
}

function figure(label, value, href, kind = "") {
  return h("a", { class: `figure ${kind}`, href }, h("strong", {}, count(value)), h("span", {}, label));
}

function ranking(title, rows, measure) {
  return h("article", { class: "panel" }, h("h3", {}, title), rows.length
    ? h("ol", {}, rows.map((p) => h("li", {}, h("a", { href: `#/produits/${encodeURIComponent(p.slug)}` }, p.name), " — ", measure(p))))
    : h("p", { class: "empty" }, "Rien pour l'instant."));
}

function sending(campaigns) {
  return h("article", { class: "panel", id: "campaigns-sending" }, h("h3", {}, "Campagnes en cours d'envoi"), campaigns.length
    ? campaigns.map((c) => h("div", { class: "progress-line" }, h("a", { href: "#/newsletter/campagnes" }, c.name),
      h("progress", { value: c.sent_count + c.failed_count, max: Math.max(c.recipients_count, 1) }),
      h("small", {}, `${count(c.sent_count)} envoyés, ${count(c.failed_count)} en échec sur ${count(c.recipients_count)}`)))
    : h("p", { class: "empty" }, "Aucun envoi en cours."));
}

function latestSubscribers(result) {
  if (result.status === "rejected") return unavailable("Derniers abonnés", result.reason);
  return h("article", { class: "panel" }, h("h3", {}, "Derniers abonnés"), result.value.results.length
    ? h("ul", {}, result.value.results.map((s) => h("li", {}, s.email, " · ", when(s.created_at), s.confirmed ? " · confirmé" : " · en attente")))
    : h("p", { class: "empty" }, "Aucun abonné."));
}

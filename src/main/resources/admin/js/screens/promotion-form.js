// Fiche promotion: the four types and their fields, targeting by product and category pickers, window, limits,
// stacking; then its redemptions and a price preview for a product and a quantity.
import { api } from "../api.js";
import { h, replace } from "../dom.js";
import { fcfa, when } from "../format.js";
import { field, fields, onSave, read } from "../form.js";
import { listView } from "../list.js";
import { picker } from "../picker.js";
import { act, confirm, heading, link, toast } from "../ui.js";
import { searchProducts } from "./catalog-parts.js";
import { TYPES } from "./promotions.js";

const SPECS = [
  { name: "name", label: "Nom", required: true },
  { name: "code", label: "Code (facultatif)", hint: "Celui que les clients citent ; sans code, la promotion s'applique d'elle-même." },
  { name: "slug", label: "Slug (adresse)", hint: "Laissez vide : il est tiré du nom." },
  { name: "promotion_type", label: "Type", type: "select", options: TYPES, required: true },
  { name: "value", label: "Valeur", type: "money", hint: "Pourcentage (1 à 100), montant retiré ou prix fixé, en FCFA." },
  { name: "buy_x", label: "Achetés (x)", type: "number", min: 1 },
  { name: "get_y", label: "Offerts (y)", type: "number", min: 1 },
  { name: "start_at", label: "Début", type: "datetime" },
  { name: "end_at", label: "Fin", type: "datetime" },
  { name: "usage_limit", label: "Utilisations au plus (toutes)", type: "number", min: 1 },
  { name: "per_customer_limit", label: "Utilisations au plus par client", type: "number", min: 1 },
  { name: "active", label: "Activée", type: "checkbox", switch: true },
  { name: "is_stackable", label: "Cumulable avec d'autres promotions", type: "checkbox" },
  { name: "applies_to_all", label: "Tout le catalogue", type: "checkbox" },
];
const BY_TYPE = { value: ["percent", "amount", "set_price"], buy_x: ["bogo"], get_y: ["bogo"] };

export default async function promotionForm(section, { params }) {
  const [promotion, categories] = await Promise.all([
    params.slug ? api.get(`/api/v1/promotions/${encodeURIComponent(params.slug)}`) : null,
    api.get("/api/v1/categories/minimal"),
  ]);
  const values = promotion ?? { promotion_type: "percent", active: true, is_stackable: false };
  const products = picker({ name: "products", label: "Produits ciblés", search: searchProducts,
    selected: (promotion?.products ?? []).map((p) => ({ id: p.id, label: p.name })) });
  const categoryPicker = picker({ name: "categories", label: "Catégories ciblées (sous-catégories comprises)",
    search: async (text) => categories.filter((c) => c.full_path.toLowerCase().includes(text.toLowerCase())).slice(0, 10).map((c) => ({ id: c.id, label: c.full_path })),
    selected: (promotion?.categories ?? []).map((c) => ({ id: c.id, label: c.full_path })) });
  const message = h("p", { class: "form-error", role: "alert" });
  const save = h("button", { type: "submit" }, promotion ? "Enregistrer" : "Créer la promotion");
  const form = h("form", { id: "promotion-form", novalidate: true },
    h("div", { class: "grid-auto" }, fields(SPECS, values)), h("fieldset", { class: "targets" }, h("legend", {}, "Ciblage"), products, categoryPicker),
    message, save);
  const showTypeFields = () => {
    const type = form.elements.promotion_type.value;
    for (const [name, types] of Object.entries(BY_TYPE)) form.querySelector(`[data-field="${name}"]`).hidden = !types.includes(type);
    form.querySelector(".targets").hidden = form.elements.applies_to_all.checked;
  };
  form.elements.promotion_type.addEventListener("change", showTypeFields);
  form.elements.applies_to_all.addEventListener("change", showTypeFields);
  showTypeFields();

  onSave(form, async () => {
    const body = read(form, SPECS);
    for (const [name, types] of Object.entries(BY_TYPE)) if (!types.includes(body.promotion_type)) body[name] = null;
    body.products = body.applies_to_all ? [] : products.chosen().map((p) => p.id);
    body.categories = body.applies_to_all ? [] : categoryPicker.chosen().map((c) => c.id);
    if (body.slug === null) delete body.slug;
    const saved = promotion
      ? await api.put(`/api/v1/promotions/${encodeURIComponent(promotion.slug)}`, { slug: promotion.slug, ...body })
      : await api.post("/api/v1/promotions", body);
    toast(promotion ? "Promotion enregistrée." : "Promotion créée.");
    if (promotion) promotionForm(section, { params: { slug: saved.slug } });
    else location.hash = `#/promotions/${encodeURIComponent(saved.slug)}`;
  });

  const actions = promotion ? [
    link(`#/historique?entity=promotion&id=${promotion.id}`, "Historique", { role: "button", class: "secondary outline" }),
    h("button", { type: "button", class: "danger outline", onclick: async () => {
      if (await confirm(`Supprimer la promotion « ${promotion.name} » ? Les prix changent aussitôt.`, { submitLabel: "Supprimer", submit: () => api.delete(`/api/v1/promotions/${encodeURIComponent(promotion.slug)}`) })) {
        toast("Promotion supprimée.");
        location.hash = "#/promotions";
      }
    } }, "Supprimer"),
  ] : [];
  replace(section, h("p", {}, link("#/promotions", "‹ Promotions")), heading(promotion ? promotion.name : "Nouvelle promotion", actions),
    promotion ? h("p", { class: "summary" }, `${promotion.usage_count} / ${promotion.usage_limit ?? "∞"} utilisations · ${promotion.is_active_now ? "active maintenant" : "pas active maintenant"}`) : null,
    form, promotion ? pricePreview(promotion) : null, promotion ? redemptions(promotion) : null);
}

/** What a customer would pay for a product and a quantity, with the promotions active now. */
function pricePreview(promotion) {
  const product = picker({ name: "product", label: "Produit", search: searchProducts, single: true,
    selected: promotion.products?.[0] ? [{ id: promotion.products[0].id, slug: promotion.products[0].slug, label: promotion.products[0].name }] : [] });
  const quantity = field({ name: "quantity", label: "Quantité", type: "number", min: 1 }, 1);
  const result = h("div", { class: "price-result", id: "price-result", "aria-live": "polite" });
  const button = h("button", { type: "button", onclick: (e) => act(e.currentTarget, async () => {
    const chosen = product.chosen()[0];
    if (!chosen) return replace(result, h("p", { class: "form-error" }, "Choisissez un produit."));
    const qty = Number(quantity.querySelector("input").value) || 1;
    const price = await api.get(`/api/v1/products/${encodeURIComponent(chosen.slug)}/price`, { quantity: qty });
    const applies = price.applied_promotions.some((p) => p.id === promotion.id);
    replace(result,
      h("p", {}, `Prix unitaire : ${fcfa(price.unit_price)} → `, h("strong", { class: "final-unit-price" }, fcfa(price.final_unit_price))),
      h("p", {}, `Total pour ${price.quantity} : `, h("strong", {}, fcfa(price.total)), ` (remise ${fcfa(price.discount_total)})`),
      h("p", {}, price.applied_promotions.length ? `Promotions appliquées : ${price.applied_promotions.map((p) => p.name).join(", ")}` : "Aucune promotion appliquée."),
      h("p", { class: applies ? "ok" : "hint" }, applies ? "Cette promotion s'applique." : "Cette promotion ne s'applique pas à ce produit maintenant (ciblage, période, limite ou une meilleure offre)."));
  }) }, "Calculer");
  return h("article", { class: "panel", id: "price-preview" }, h("h3", {}, "Aperçu du prix"), product, quantity, button, result);
}

function redemptions(promotion) {
  const list = listView({
    path: `/api/v1/promotions/${encodeURIComponent(promotion.slug)}/redemptions`, memory: `redemptions-${promotion.id}`, search: null,
    empty: "Aucune utilisation enregistrée.",
    columns: [
      { label: "Client", render: (r) => r.customer },
      { label: "Quantité", class: "num", render: (r) => r.quantity },
      { label: "Enregistrée par", render: (r) => r.redeemed_by?.username ?? "—" },
      { label: "Le", render: (r) => when(r.redeemed_at) },
    ],
  });
  return h("article", { class: "panel", id: "redemptions" }, h("h3", {}, "Utilisations"), list.element);
}

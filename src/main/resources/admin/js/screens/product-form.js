// Fiche produit: every field, validation messages on their fields, the images, the WhatsApp message, history.
import { api } from "../api.js";
import { h, replace } from "../dom.js";
import { fcfa, when } from "../format.js";
import { changes, fields, onSave, read } from "../form.js";
import { confirm, heading, link, toast } from "../ui.js";
import { categoryOptions } from "./catalog-parts.js";
import { imagesPanel } from "./product-images.js";

function specs(categories) {
  return {
    main: [
      { name: "name", label: "Nom", required: true },
      { name: "brand", label: "Marque" },
      { name: "category", label: "Catégorie", type: "select", numeric: true, required: true, options: [["", "Choisir…"], ...categories] },
      { name: "slug", label: "Slug (adresse)", hint: "Laissez vide : il est tiré du nom et de la marque." },
      { name: "sku", label: "Référence (SKU)", hint: "Laissez vide : ORD-00042 d'après la catégorie." },
      { name: "barcode", label: "Code-barres" },
    ],
    prices: [
      { name: "price", label: "Prix (FCFA)", type: "money", required: true },
      { name: "compare_at_price", label: "Prix barré (FCFA)", type: "money" },
      { name: "cost_price", label: "Prix d'achat (FCFA)", type: "money", hint: "Jamais montré aux clients." },
      { name: "stock_quantity", label: "Quantité en stock", type: "number" },
      { name: "in_stock", label: "En stock", type: "checkbox", switch: true },
      { name: "is_active", label: "Actif (visible dans la boutique)", type: "checkbox", switch: true },
      { name: "published_at", label: "Publié le", type: "datetime" },
    ],
    texts: [
      { name: "short_description", label: "Description courte", type: "textarea", rows: 2 },
      { name: "description", label: "Description", type: "textarea", rows: 6 },
      { name: "characteristics", label: "Caractéristiques (une par ligne)", type: "textarea", rows: 6 },
    ],
    seo: [
      { name: "meta_title", label: "Titre SEO" },
      { name: "meta_description", label: "Description SEO", type: "textarea", rows: 2 },
    ],
    overrides: [
      { name: "force_featured", label: "Toujours en vedette", type: "checkbox" },
      { name: "exclude_from_featured", label: "Jamais en vedette", type: "checkbox" },
      { name: "force_recommended", label: "Toujours recommandé", type: "checkbox" },
      { name: "exclude_from_recommended", label: "Jamais recommandé", type: "checkbox" },
    ],
  };
}

export default async function productForm(section, { params }) {
  const [categories, product] = await Promise.all([
    categoryOptions(),
    params.slug ? api.get(`/api/v1/products/${encodeURIComponent(params.slug)}`) : null,
  ]);
  const groups = specs(categories);
  const all = Object.values(groups).flat();
  const values = product ? { ...product, category: product.category?.id } : { in_stock: true, is_active: true, stock_quantity: 0 };
  const message = h("p", { class: "form-error", role: "alert" });
  const save = h("button", { type: "submit" }, product ? "Enregistrer" : "Créer le produit");
  const form = h("form", { id: "product-form", novalidate: true },
    h("fieldset", {}, h("legend", {}, "Produit"), h("div", { class: "grid-auto" }, fields(groups.main, values))),
    h("fieldset", {}, h("legend", {}, "Prix et stock"), h("div", { class: "grid-auto" }, fields(groups.prices, values))),
    h("fieldset", {}, h("legend", {}, "Textes"), fields(groups.texts, values)),
    h("fieldset", {}, h("legend", {}, "Référencement (SEO)"), fields(groups.seo, values)),
    h("fieldset", {}, h("legend", {}, "Mise en avant (forçages)"), h("div", { class: "grid-auto" }, fields(groups.overrides, values))),
    message, save);

  onSave(form, async () => {
    const body = read(form, all);
    const saved = product
      ? await api.patch(`/api/v1/products/${encodeURIComponent(product.slug)}`, changes(body, values, all))
      : await api.post("/api/v1/products", withoutEmpty(body));
    toast(product ? "Produit enregistré." : "Produit créé : ajoutez ses images.");
    if (product && saved.slug === product.slug) productForm(section, { params: { slug: saved.slug } });
    else location.hash = `#/produits/${encodeURIComponent(saved.slug)}`;
  });

  const title = product ? product.name : "Nouveau produit";
  const actions = product ? [
    link(`#/historique?entity=product&id=${product.id}`, "Historique", { role: "button", class: "secondary outline" }),
    h("button", { type: "button", class: "danger outline", onclick: (event) => remove(event.currentTarget, product) }, "Supprimer"),
  ] : [];
  replace(section, h("p", {}, link("#/produits", "‹ Produits")), heading(title, actions),
    product ? summary(product) : null, form,
    product ? imagesPanel(product) : h("p", { class: "hint" }, "Les images s'ajoutent une fois le produit créé."),
    product ? whatsapp(product) : null);
}

function summary(product) {
  return h("p", { class: "summary" }, `${product.sku} · prix payé ${fcfa(product.final_price)} · ${product.view_count} vues · `,
    `${product.whatsapp_click_count} clics WhatsApp · créé ${when(product.created_at)} · modifié ${when(product.updated_at)}`);
}

/** The message the shop's WhatsApp button sends, as the customer will see it. */
function whatsapp(product) {
  if (!product.whatsapp_link) return null;
  const text = new URL(product.whatsapp_link).searchParams.get("text");
  return h("article", { class: "panel", id: "whatsapp-preview" }, h("h3", {}, "Message WhatsApp"),
    h("blockquote", {}, text), h("a", { href: product.whatsapp_link, target: "_blank", rel: "noopener noreferrer" }, "Ouvrir dans WhatsApp"));
}

async function remove(button, product) {
  const done = await confirm(`Supprimer « ${product.name} » et ses images ? C'est définitif.`, {
    submitLabel: "Supprimer", submit: () => api.delete(`/api/v1/products/${encodeURIComponent(product.slug)}`),
  });
  if (done) {
    toast("Produit supprimé.");
    location.hash = "#/produits";
  }
}

function withoutEmpty(body) {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}

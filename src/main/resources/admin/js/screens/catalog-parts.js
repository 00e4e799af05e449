// What the product and promotion screens share: category options, stock and score badges, product pickers.
import { api } from "../api.js";
import { h } from "../dom.js";
import { count } from "../format.js";
import { badge } from "../ui.js";

export const LOW_STOCK = 10;

/** [[id, "Ordinateurs > Portables"], …] from /categories/minimal, in tree order. */
export async function categoryOptions() {
  const categories = await api.get("/api/v1/categories/minimal");
  return categories
    .slice()
    .sort((a, b) => a.full_path.localeCompare(b.full_path, "fr"))
    .map((c) => [c.id, c.full_path]);
}

export function stockBadge(product) {
  if (!product.in_stock || product.stock_quantity === 0) return badge("Rupture", "danger");
  if (product.stock_quantity <= LOW_STOCK) return badge(`Stock faible (${count(product.stock_quantity)})`, "warn");
  return badge(`En stock (${count(product.stock_quantity)})`, "ok");
}

export function scoreBadges(product) {
  return h("span", { class: "badges" },
    product.is_featured ? badge("Vedette", "info") : null,
    product.is_recommended ? badge("Recommandé", "info") : null,
    product.is_active === false ? badge("Inactif", "muted") : null,
    product.has_discount ? badge(`-${Math.round(Number(product.discount_percent ?? 0))} %`, "warn") : null);
}

export function thumbnail(url, alt) {
  return url ? h("img", { class: "thumb", src: url, alt: alt ?? "", loading: "lazy", width: 48, height: 48 }) : h("span", { class: "thumb none" }, "—");
}

/** Products found by a search as you type, for pickers. */
export async function searchProducts(text) {
  const data = await api.get("/api/v1/products", { search: text || undefined, page_size: 10 });
  return data.results.map((p) => ({ id: p.id, slug: p.slug, label: `${p.name}${p.brand ? ` · ${p.brand}` : ""}` }));
}

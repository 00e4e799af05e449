// Catégories: the tree with product counts; create, rename, move (drag onto a new parent, or pick one), icon,
// delete. The API decides what is allowed (a move under a descendant, deleting a category that holds products)
// and its reason is shown.
import { api } from "../api.js";
import { h, replace } from "../dom.js";
import { count } from "../format.js";
import { field, read } from "../form.js";
import { act, confirm, formDialog, heading, toast } from "../ui.js";

const expanded = new Set();

export default async function categories(section) {
  const [tree, minimal] = await Promise.all([api.get("/api/v1/categories/tree"), api.get("/api/v1/categories/minimal")]);
  const reload = () => categories(section);
  const parents = [["", "— Aucune (catégorie principale) —"], ...minimal.map((c) => [c.id, c.full_path])]
    .sort((a, b) => (a[0] === "" ? -1 : b[0] === "" ? 1 : a[1].localeCompare(b[1], "fr")));
  const ops = { reload, parents };
  const root = h("div", { class: "drop-root", ondragover: (e) => e.preventDefault(), ondrop: (e) => dropOn(e, null, reload) },
    "Déposez ici pour faire une catégorie principale");
  replace(section, heading("Catégories",
    h("button", { type: "button", onclick: () => create(parents, reload) }, "Nouvelle catégorie"),
    h("button", { type: "button", class: "secondary outline", onclick: () => { walk(tree, (n) => expanded.add(n.slug)); reload(); } }, "Tout déplier"),
    h("button", { type: "button", class: "secondary outline", onclick: () => { expanded.clear(); reload(); } }, "Tout replier")),
  h("p", { class: "hint" }, "Glissez une catégorie sur une autre pour l'y ranger, ou utilisez « Déplacer »."),
  h("ul", { class: "tree", id: "category-tree" }, tree.map((node) => branch(node, ops))), root);
}

function walk(nodes, visit) {
  nodes.forEach((node) => { visit(node); walk(node.children, visit); });
}

function branch(node, ops) {
  const open = expanded.has(node.slug);
  const toggle = node.children.length
    ? h("button", { type: "button", class: "toggle", "aria-expanded": String(open), "aria-label": open ? "Replier" : "Déplier",
      onclick: () => { if (open) expanded.delete(node.slug); else expanded.add(node.slug); ops.reload(); } }, open ? "▾" : "▸")
    : h("span", { class: "toggle" });
  const icon = h("input", { type: "file", accept: ".ico,.png,.jpg,.jpeg,.svg,.webp", hidden: true, onchange: (e) => act(null, async () => {
    const form = new FormData();
    form.append("file", e.target.files[0]);
    await api.upload("PUT", `/api/v1/categories/${node.slug}/icon`, form);
    toast("Icône enregistrée.");
    ops.reload();
  }) });
  const row = h("div", { class: "node", draggable: "true",
    ondragstart: (e) => e.dataTransfer.setData("text/plain", node.slug),
    ondragover: (e) => { e.preventDefault(); row.classList.add("over"); },
    ondragleave: () => row.classList.remove("over"),
    ondrop: (e) => { row.classList.remove("over"); dropOn(e, node.id, ops.reload); } },
  toggle,
  node.icon_url ? h("img", { src: node.icon_url, alt: "", class: "icon", width: 24, height: 24 }) : null,
  h("span", { class: "name" }, node.name),
  h("span", { class: "count", title: "Produits actifs, sous-catégories comprises" }, `${count(node.product_count)} produit(s)`),
  h("span", { class: "node-actions" },
    h("button", { type: "button", class: "secondary outline", onclick: () => rename(node, ops.reload) }, "Renommer"),
    h("button", { type: "button", class: "secondary outline move", onclick: () => move(node, ops) }, "Déplacer"),
    h("button", { type: "button", class: "secondary outline", onclick: () => icon.click() }, "Icône"), icon,
    h("button", { type: "button", class: "danger outline", onclick: () => remove(node, ops.reload) }, "Supprimer")));
  return h("li", { "data-slug": node.slug }, row, open && node.children.length ? h("ul", {}, node.children.map((child) => branch(child, ops))) : null);
}

async function dropOn(event, parent, reload) {
  event.preventDefault();
  event.stopPropagation();
  const slug = event.dataTransfer.getData("text/plain");
  if (!slug) return;
  await act(null, async () => {
    await api.patch(`/api/v1/categories/${slug}`, { parent });
    toast("Catégorie déplacée.");
    reload();
  });
}

const PARENT = (options) => ({ name: "parent", label: "Catégorie parente", type: "select", numeric: true, options });

async function move(node, { parents, reload }) {
  const spec = PARENT(parents.filter(([id]) => id !== node.id));
  const done = await formDialog(`Déplacer « ${node.name} »`, field(spec, ""), {
    submitLabel: "Déplacer",
    submit: (form) => api.patch(`/api/v1/categories/${node.slug}`, read(form, [spec])),
  });
  if (done) {
    toast("Catégorie déplacée.");
    reload();
  }
}

async function rename(node, reload) {
  const spec = { name: "name", label: "Nom", required: true };
  const done = await formDialog(`Renommer « ${node.name} »`, field(spec, node.name), {
    submit: (form) => api.patch(`/api/v1/categories/${node.slug}`, read(form, [spec])),
  });
  if (done) reload();
}

async function create(parents, reload) {
  const specs = [{ name: "name", label: "Nom", required: true }, PARENT(parents), { name: "is_main_category", label: "Catégorie mise en avant dans le menu", type: "checkbox" }];
  const done = await formDialog("Nouvelle catégorie", specs.map((spec) => field(spec, "")), {
    submitLabel: "Créer",
    submit: (form) => api.post("/api/v1/categories", read(form, specs)),
  });
  if (done) {
    toast("Catégorie créée.");
    reload();
  }
}

async function remove(node, reload) {
  const done = await confirm(`Supprimer la catégorie « ${node.name} » ?`, {
    submitLabel: "Supprimer",
    submit: async () => {
      try {
        return await api.delete(`/api/v1/categories/${node.slug}`);
      } catch (error) {
        if (error.status === 409) {
          error.message = "une catégorie qui contient encore des produits ou des sous-catégories ne peut pas être supprimée : "
            + `déplacez-les ou supprimez-les d'abord (${error.message})`;
        }
        throw error;
      }
    },
  });
  if (done) {
    toast("Catégorie supprimée.");
    reload();
  }
}

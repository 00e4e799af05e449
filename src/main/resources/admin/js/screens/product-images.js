// A product's images: upload several at once (drag and drop or the file picker), checked against the API's
// rules before sending; thumbnails to reorder, make primary, describe and delete.
import { api } from "../api.js";
import { h, replace } from "../dom.js";
import { describe } from "../messages.js";
import { act, confirm, toast } from "../ui.js";

const MAX_IMAGES = 10;
const MAX_BYTES = 5 * 1024 * 1024;
const MIN_SIDE = 300;
const TYPES = ["image/jpeg", "image/png", "image/webp"];

export function imagesPanel(product) {
  const base = `/api/v1/products/${encodeURIComponent(product.slug)}/images`;
  const title = h("h3");
  const grid = h("div", { class: "image-grid" });
  const rules = h("small");
  // Kept across redraws: what was refused stays in sight after the accepted files appear.
  const report = h("ul", { class: "upload-report", "aria-live": "polite" });
  let images = [];
  const input = h("input", { type: "file", id: "image-files", multiple: true, accept: TYPES.join(","), onchange: () => upload([...input.files]) });
  const zone = h("div", { class: "drop-zone", id: "drop-zone",
    ondragover: (event) => { event.preventDefault(); zone.classList.add("over"); },
    ondragleave: () => zone.classList.remove("over"),
    ondrop: (event) => { event.preventDefault(); zone.classList.remove("over"); upload([...event.dataTransfer.files]); } },
  h("p", {}, "Déposez des images ici, ou ", h("label", { for: "image-files", class: "file-label" }, "choisissez des fichiers")), input, rules);

  async function refresh() {
    const fresh = await api.get(`/api/v1/products/${encodeURIComponent(product.slug)}`);
    draw(fresh.images);
  }

  function draw(list) {
    images = [...list].sort((a, b) => a.order - b.order || a.id - b.id);
    const room = MAX_IMAGES - images.length;
    replace(title, `Images (${images.length} / ${MAX_IMAGES})`);
    replace(rules, `JPEG, PNG ou WebP · au moins ${MIN_SIDE} × ${MIN_SIDE} pixels · 5 Mo au plus · ${MAX_IMAGES} images par produit (encore ${Math.max(room, 0)}).`);
    input.disabled = room <= 0;
    replace(grid, images.map(card));
  }

  async function upload(files) {
    replace(report);
    const room = MAX_IMAGES - images.length;
    const accepted = [];
    for (const file of files) {
      const problem = await check(file, accepted.length >= room);
      if (problem) report.append(h("li", { class: "refused" }, `${file.name} : ${problem}`));
      else accepted.push(file);
    }
    let sent = 0;
    for (const file of accepted) {
      const form = new FormData();
      form.append("file", file, file.name);
      form.append("alt_text", product.name);
      try {
        await api.upload("POST", base, form);
        sent++;
      } catch (error) {
        report.append(h("li", { class: "refused" }, `${file.name} : ${describe(error)}`));
      }
    }
    input.value = "";
    if (sent) {
      toast(`${sent} image(s) ajoutée(s).`);
      await refresh();
    }
  }

  const patch = (image, body) => api.patch(`${base}/${image.id}`, body);

  async function move(index, step) {
    const order = images.slice();
    [order[index], order[index + step]] = [order[index + step], order[index]];
    await Promise.all(order.map((image, position) => (image.order === position ? null : patch(image, { order: position }))));
    await refresh();
  }

  const card = (image, index) => h("figure", { class: `image-card${image.is_primary ? " primary" : ""}`, "data-image": image.id },
    h("img", { src: image.url, alt: image.alt_text ?? "", width: 160, height: 160, loading: "lazy" }),
    h("figcaption", {},
      image.is_primary ? h("span", { class: "badge badge-ok" }, "Principale")
        : h("button", { type: "button", class: "make-primary secondary outline", onclick: (event) => act(event.currentTarget, async () => {
          await patch(image, { is_primary: true });
          toast("Image principale changée.");
          await refresh();
        }) }, "Définir comme principale"),
      h("input", { type: "text", class: "alt-text", value: image.alt_text ?? "", "aria-label": "Texte alternatif", maxlength: 200,
        onchange: (event) => act(null, async () => { await patch(image, { alt_text: event.target.value.trim() }); toast("Texte alternatif enregistré."); }) }),
      h("div", { class: "image-actions" },
        h("button", { type: "button", class: "secondary outline", "aria-label": "Avancer", disabled: index === 0, onclick: (event) => act(event.currentTarget, () => move(index, -1)) }, "←"),
        h("button", { type: "button", class: "secondary outline", "aria-label": "Reculer", disabled: index === images.length - 1, onclick: (event) => act(event.currentTarget, () => move(index, 1)) }, "→"),
        h("button", { type: "button", class: "danger outline", onclick: async () => {
          if (await confirm("Supprimer cette image ?", { submitLabel: "Supprimer", submit: () => api.delete(`${base}/${image.id}`) })) await refresh();
        } }, "Supprimer"))));

  draw(product.images);
  return h("article", { class: "panel", id: "images" }, title, grid, zone, report);
}

/** The API's rules, checked here so that a refused file is named before anything is sent. */
async function check(file, full) {
  if (full) return "le produit aurait plus de dix images";
  if (!TYPES.includes(file.type)) return "seuls JPEG, PNG et WebP sont acceptés";
  if (file.size > MAX_BYTES) return "plus de 5 Mo";
  try {
    const bitmap = await createImageBitmap(file);
    const small = bitmap.width < MIN_SIDE || bitmap.height < MIN_SIDE;
    const size = `${bitmap.width} × ${bitmap.height}`;
    bitmap.close();
    return small ? `${size} pixels, moins de ${MIN_SIDE} × ${MIN_SIDE}` : null;
  } catch {
    return "image illisible";
  }
}

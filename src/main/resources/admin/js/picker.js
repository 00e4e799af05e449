// Choosing rows by searching as you type (products, categories, subscribers): the chosen ones as chips.
import { h, replace } from "./dom.js";

/**
 * search(text) resolves to [{id, label, …}]; selected: the rows chosen already; single: one row at most.
 * The element's `chosen()` gives the chosen rows.
 */
export function picker({ name, label, search, selected = [], single = false, placeholder = "Tapez pour chercher…" }) {
  let chosen = [...selected];
  const chips = h("div", { class: "chips" });
  const results = h("ul", { class: "picker-results", role: "listbox" });
  let timer = null;
  let asked = 0;
  const input = h("input", { type: "search", placeholder, "aria-label": label, autocomplete: "off",
    oninput: () => { clearTimeout(timer); timer = setTimeout(find, 250); },
    onfocus: () => find() });

  async function find() {
    const question = ++asked;
    const rows = await search(input.value.trim());
    if (question !== asked) return; // an older answer arriving late
    results.dataset.query = input.value.trim();
    replace(results, rows.filter((row) => !chosen.some((c) => c.id === row.id)).map((row) =>
      h("li", {}, h("button", { type: "button", class: "secondary outline pick", "data-id": row.id, onclick: () => add(row) }, row.label))));
  }

  function add(row) {
    clearTimeout(timer);
    asked++; // a search still on its way must not show its results again
    chosen = single ? [row] : [...chosen, row];
    input.value = "";
    replace(results);
    draw();
  }

  function draw() {
    replace(chips, chosen.map((row) => h("span", { class: "chip", "data-id": row.id }, row.label,
      h("button", { type: "button", class: "remove", "aria-label": `Retirer ${row.label}`, onclick: () => { chosen = chosen.filter((c) => c !== row); draw(); } }, "×"))));
  }

  draw();
  const element = h("div", { class: "picker", "data-field": name }, h("span", { class: "picker-label" }, label), chips, input, results, h("small", { class: "field-error" }));
  element.chosen = () => chosen;
  return element;
}

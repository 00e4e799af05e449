// The list every screen shows: filters, search, sortable columns, pages, and bulk actions on a selection. The
// state (filters, sort, page) is kept per list while the console is open, so coming back from a form finds the
// list as it was left.
import { api } from "./api.js";
import { h, replace } from "./dom.js";
import { fields, read } from "./form.js";
import { act, pager, toast } from "./ui.js";
import { describe } from "./messages.js";

const remembered = new Map();

/**
 * path: the list endpoint; columns: [{label, sort?, render(row), class?}]; filters: field specs, each optionally
 * with query(value) giving the parameters it stands for; bulk: {path, actions: [[action, label]], noun};
 * query: fixed parameters; memory: the key the state is kept under; onLoad(page): told of every page shown.
 */
export function listView({ path, columns, filters = [], bulk, query = {}, memory = path, ordering = "", pageSize = 20,
  search = "Rechercher", searchHint = "", onLoad = () => {}, empty = "Aucun résultat.", rowKey = (row) => row.id }) {
  const state = remembered.get(memory) ?? { filters: {}, ordering, page: 1 };
  remembered.set(memory, state);
  const selected = new Set();
  const body = h("div", { class: "list-body" });
  const element = h("section", { class: "list" });

  const filterForm = h("form", { class: "filters", onsubmit: (event) => { event.preventDefault(); apply(); } });
  const searchSpec = search ? [{ name: "search", label: search, type: "search", placeholder: searchHint }] : [];
  const searchBox = searchSpec.length ? fields(searchSpec, state.filters)[0] : null;
  const buttons = [h("button", { type: "submit" }, "Filtrer"),
    h("button", { type: "button", class: "secondary outline", onclick: () => { filterForm.reset(); state.filters = {}; apply(true); } }, "Effacer")];
  const more = h("details", { class: "more-filters" }, h("summary", {}, "Filtres"), h("div", { class: "filter-grid" }, fields(filters, state.filters)),
    searchBox ? null : h("div", { class: "filter-line" }, buttons));
  replace(filterForm, searchBox ? h("div", { class: "filter-line" }, searchBox, buttons) : null, filters.length ? more : null);

  function apply(cleared = false) {
    if (!cleared) state.filters = read(filterForm, [...searchSpec, ...filters]);
    state.page = 1;
    load();
  }

  function parameters() {
    const params = { ...query, page: state.page, page_size: pageSize, ordering: state.ordering || undefined };
    for (const spec of [...searchSpec, ...filters]) {
      const value = state.filters[spec.name];
      if (value === null || value === undefined || value === "" || value === false) continue;
      Object.assign(params, spec.query ? spec.query(value) : { [spec.name]: value });
    }
    return params;
  }

  async function load() {
    body.setAttribute("aria-busy", "true");
    try {
      const data = await api.get(path, parameters());
      onLoad(data);
      replace(body, data.results.length ? table(data.results) : h("p", { class: "empty" }, empty),
        pager(data, state.page, pageSize, (page) => { state.page = page; load(); }));
    } catch (error) {
      replace(body, h("p", { class: "form-error", role: "alert" }, describe(error)));
    } finally {
      body.removeAttribute("aria-busy");
    }
  }

  function sortBy(field) {
    state.ordering = state.ordering === field ? `-${field}` : field;
    load();
  }

  function table(rows) {
    const header = columns.map((column) => {
      if (!column.sort) return h("th", { scope: "col", class: column.class }, column.label);
      const direction = state.ordering === column.sort ? "ascending" : state.ordering === `-${column.sort}` ? "descending" : null;
      return h("th", { scope: "col", class: column.class, "aria-sort": direction ?? "none" },
        h("button", { type: "button", class: "sort", onclick: () => sortBy(column.sort) },
          column.label, direction === "ascending" ? " ▲" : direction === "descending" ? " ▼" : ""));
    });
    const checkboxes = [];
    const selectAll = bulk ? h("input", { type: "checkbox", "aria-label": "Tout sélectionner", onchange: (event) => {
      checkboxes.forEach(([box, key]) => { box.checked = event.target.checked; toggle(key, box.checked); });
    } }) : null;
    const lines = rows.map((row) => {
      const key = rowKey(row);
      const cells = columns.map((column) => h("td", { class: column.class, "data-label": column.label }, column.render(row)));
      if (bulk) {
        const box = h("input", { type: "checkbox", "aria-label": "Sélectionner", checked: selected.has(key), onchange: (event) => toggle(key, event.target.checked) });
        checkboxes.push([box, key]);
        cells.unshift(h("td", { class: "select" }, box));
      }
      return h("tr", { "data-key": key }, cells);
    });
    return h("div", { class: "table-scroll" }, h("table", { class: "striped" },
      h("thead", {}, h("tr", {}, bulk ? h("th", { class: "select" }, selectAll) : null, header)),
      h("tbody", {}, lines)));
  }

  const selection = h("span", { class: "selection" });
  const actionSelect = bulk ? h("select", { name: "bulk_action", "aria-label": "Action groupée" },
    h("option", { value: "" }, "Action groupée…"), bulk.actions.map(([value, label]) => h("option", { value }, label))) : null;

  function toggle(key, on) {
    if (on) selected.add(key);
    else selected.delete(key);
    replace(selection, selected.size ? `${selected.size} sélectionné(s)` : "");
  }

  const bulkBar = bulk ? h("div", { class: "bulk" }, actionSelect,
    h("button", { type: "button", class: "secondary", onclick: (event) => act(event.currentTarget, async () => {
      if (!actionSelect.value || !selected.size) return toast("Choisissez une action et au moins une ligne.", "error");
      const result = await api.post(bulk.path, { action: actionSelect.value, ids: [...selected] });
      toast(`${result.updated} ${bulk.noun ?? "élément(s)"} modifié(s) sur ${selected.size} sélectionné(s).`);
      selected.clear();
      toggle(null, false);
      await load();
    }) }, "Appliquer"), selection) : null;

  replace(element, searchSpec.length || filters.length ? filterForm : null, bulkBar, body);
  load();
  return { element, reload: load };
}

/** A yes/no/any filter. */
export function triState(name, label, query) {
  return { name, label, type: "select", options: [["", "Tous"], ["true", "Oui"], ["false", "Non"]], query };
}

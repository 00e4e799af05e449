// Forms described by field specs: the same spec draws the field, fills it, reads it back in the API's types, and
// shows the API's validation messages on it.
//
// A spec: {name, label, type, options, numeric, hint, required, placeholder, rows, step, min}; numeric: a select of
// ids, read as numbers. Types: text (default),
// textarea, number, money, checkbox, select, datetime, date, tags, email, password, url.
import { h, replace } from "./dom.js";
import { fromLocalInput, toLocalInput } from "./format.js";
import { describe, fieldMessage } from "./messages.js";

export function field(spec, value) {
  const id = `f-${spec.name}`;
  const error = h("small", { class: "field-error", id: `${id}-error` });
  const hint = spec.hint ? h("small", {}, spec.hint) : null;
  if (spec.type === "checkbox") {
    return h("label", { class: "check", "data-field": spec.name },
      h("input", { type: "checkbox", name: spec.name, id, checked: Boolean(value), role: spec.switch ? "switch" : undefined }),
      spec.label, hint, error);
  }
  return h("label", { for: id, "data-field": spec.name }, spec.label, control(spec, id, value), hint, error);
}

function control(spec, id, value) {
  const common = { name: spec.name, id, required: spec.required, placeholder: spec.placeholder, "aria-describedby": `${id}-error` };
  switch (spec.type) {
    case "textarea":
      return h("textarea", { ...common, rows: spec.rows ?? 4, value: value ?? "" });
    case "select":
      return h("select", common, spec.options.map(([optionValue, label]) =>
        h("option", { value: optionValue, selected: String(value ?? "") === String(optionValue) }, label)));
    case "number":
    case "money":
      return h("input", { ...common, type: "number", inputmode: "decimal", step: spec.step ?? "1", min: spec.min ?? 0, value: value ?? "" });
    case "datetime":
      return h("input", { ...common, type: "datetime-local", step: spec.step, value: toLocalInput(value) });
    case "date":
      return h("input", { ...common, type: "date", value: value ?? "" });
    case "tags":
      return h("input", { ...common, type: "text", value: (value ?? []).join(", ") });
    default:
      return h("input", { ...common, type: spec.type ?? "text", value: value ?? "" });
  }
}

export function fields(specs, values = {}) {
  return specs.map((spec) => field(spec, values[spec.name]));
}

/** What the form holds, in the API's types: empty optional fields are null, numbers are numbers. */
export function read(form, specs) {
  const body = {};
  for (const spec of specs) {
    const input = form.elements.namedItem(spec.name);
    if (!input) continue;
    const raw = typeof input.value === "string" ? input.value.trim() : input.value;
    switch (spec.type) {
      case "checkbox":
        body[spec.name] = input.checked;
        break;
      case "number":
      case "money":
        body[spec.name] = raw === "" ? null : Number(raw);
        break;
      case "datetime":
        body[spec.name] = fromLocalInput(raw);
        break;
      case "tags":
        body[spec.name] = raw.split(",").map((tag) => tag.trim()).filter(Boolean);
        break;
      case "select":
        body[spec.name] = raw === "" ? null : spec.numeric ? Number(raw) : raw;
        break;
      default:
        body[spec.name] = raw === "" ? null : raw;
    }
  }
  return body;
}

/** A merge patch: only what the form changed (compared as the form shows it); a field emptied becomes null. */
export function changes(body, before, specs) {
  const patch = {};
  for (const spec of specs) {
    const value = body[spec.name];
    const old = before[spec.name] ?? null;
    let same;
    if (spec.type === "datetime") same = toLocalInput(old) === toLocalInput(value);
    else if (spec.type === "tags") same = JSON.stringify(old ?? []) === JSON.stringify(value);
    else if (typeof value === "number" && old !== null) same = Number(old) === value;
    else same = (old === "" ? null : old) === value;
    if (!same && spec.name in body) patch[spec.name] = value;
  }
  return patch;
}

/** The API's field messages under their fields; messages for fields the form lacks go to its general notice. */
export function showErrors(form, error) {
  clearErrors(form);
  const orphans = [];
  for (const [name, messages] of Object.entries(error.fields ?? {})) {
    const text = messages.map(fieldMessage).join(" ; ");
    const label = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (!label) {
      orphans.push(`${name} : ${text}`);
      continue;
    }
    label.querySelector("input, select, textarea")?.setAttribute("aria-invalid", "true");
    replace(label.querySelector(".field-error"), text);
  }
  const general = form.querySelector(".form-error");
  if (general && orphans.length) general.append(h("span", {}, ` ${orphans.join(" · ")}`));
  form.querySelector('[aria-invalid="true"]')?.focus();
}

export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid="true"]').forEach((input) => input.removeAttribute("aria-invalid"));
  form.querySelectorAll(".field-error").forEach((small) => small.replaceChildren());
}

/**
 * Makes {@code save} the form's submit: old messages cleared, the button busy meanwhile, and a refusal of the API
 * shown in the form's notice (.form-error) and under the fields it names.
 */
export function onSave(form, save) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const message = form.querySelector(".form-error");
    const button = event.submitter ?? form.querySelector('button[type="submit"]');
    clearErrors(form);
    message?.replaceChildren();
    button?.setAttribute("aria-busy", "true");
    try {
      await save();
    } catch (error) {
      message?.replaceChildren(describe(error));
      showErrors(form, error);
    } finally {
      button?.removeAttribute("aria-busy");
    }
  });
}

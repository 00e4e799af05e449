// French formats: money as the shop writes it (450 000 FCFA), dates in the browser's time zone.

const NBSP = "\u00a0";
const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short" });

/** Group separators as plain non-breaking spaces, so "450 000 FCFA" never wraps and reads the same everywhere. */
export function count(value) {
  return value === null || value === undefined ? "—" : number.format(Number(value)).replace(/\s/g, NBSP);
}

export function fcfa(value) {
  return value === null || value === undefined ? "—" : `${count(value)}${NBSP}FCFA`;
}

export function when(iso) {
  return iso ? dateTime.format(new Date(iso)) : "—";
}

export function day(iso) {
  return iso ? dateOnly.format(new Date(iso)) : "—";
}

/** An instant as a datetime-local input's value (local time, to the minute or the second). */
export function toLocalInput(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value back to the API's form: UTC, to the second. */
export function fromLocalInput(value) {
  return value ? new Date(value).toISOString().replace(/\.\d{3}Z$/, "Z") : null;
}

/** The start of the day N days ago, for "new in the last N days" filters. */
export function daysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// Starts the console: sign-in or the shell, and the hash router (#/produits, #/produits/ecran-dell?…).
import { h, replace } from "./dom.js";
import { describe } from "./messages.js";
import { currentUser, isAdmin, onSessionEnd, resume, signOut } from "./session.js";
import { signInPage } from "./screens/sign-in.js";
import dashboard from "./screens/dashboard.js";
import products from "./screens/products.js";
import productForm from "./screens/product-form.js";
import categories from "./screens/categories.js";
import promotions from "./screens/promotions.js";
import promotionForm from "./screens/promotion-form.js";
import subscribers from "./screens/subscribers.js";
import templates from "./screens/templates.js";
import campaigns from "./screens/campaigns.js";
import site from "./screens/site.js";
import users from "./screens/users.js";
import history from "./screens/history.js";

const app = document.getElementById("app");

/** [pattern, screen, label in the menu (or null), admins only]; ":slug" parts become parameters. */
const ROUTES = [
  ["", dashboard, "Tableau de bord"],
  ["produits", products, "Produits"],
  ["produits/nouveau", productForm, null],
  ["produits/:slug", productForm, null],
  ["categories", categories, "Catégories"],
  ["promotions", promotions, "Promotions"],
  ["promotions/nouvelle", promotionForm, null],
  ["promotions/:slug", promotionForm, null],
  ["newsletter/abonnes", subscribers, "Abonnés"],
  ["newsletter/modeles", templates, "Modèles"],
  ["newsletter/campagnes", campaigns, "Campagnes"],
  ["site", site, "Site"],
  ["utilisateurs", users, "Utilisateurs", true],
  ["historique", history, "Historique"],
];

let main = null;
let leaving = [];

function match(path) {
  const parts = path.split("/");
  for (const [pattern, screen, , adminOnly] of ROUTES) {
    const names = pattern.split("/");
    if (names.length !== parts.length) continue;
    const params = {};
    if (names.every((name, i) => (name.startsWith(":") ? (params[name.slice(1)] = decodeURIComponent(parts[i])) : name === parts[i]))) {
      return { screen, params, adminOnly };
    }
  }
  return null;
}

async function route() {
  if (!currentUser()) return;
  leaving.forEach((stop) => stop());
  leaving = [];
  const [path, search] = location.hash.replace(/^#\/?/, "").split("?");
  const found = match(path);
  const section = h("section", { class: "screen" });
  replace(main, section);
  markCurrent(path);
  if (!found) return replace(section, h("h2", {}, "Page introuvable"), h("p", {}, h("a", { href: "#/" }, "Retour au tableau de bord")));
  if (found.adminOnly && !isAdmin()) {
    return replace(section, h("article", { class: "refusal", role: "alert" }, h("h2", {}, "Accès refusé"),
      h("p", {}, "La gestion des utilisateurs est réservée aux administrateurs.")));
  }
  // A screen registers what to stop (timers) when the user leaves it.
  const context = { params: found.params, query: new URLSearchParams(search ?? ""), onLeave: (stop) => leaving.push(stop) };
  try {
    await found.screen(section, context);
  } catch (error) {
    replace(section, h("article", { class: "notice", role: "alert" }, describe(error)));
  }
  window.scrollTo(0, 0);
}

function markCurrent(path) {
  const top = path.split("/").slice(0, path.startsWith("newsletter") ? 2 : 1).join("/");
  document.querySelectorAll("nav.menu a").forEach((a) => {
    if (a.getAttribute("href") === `#/${top}`) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  });
}

function shell(user) {
  const menu = ROUTES.filter(([, , label, adminOnly]) => label && (!adminOnly || isAdmin()))
    .map(([pattern, , label]) => h("li", {}, h("a", { href: `#/${pattern}` }, label)));
  const toggle = h("button", { type: "button", class: "menu-toggle secondary outline", "aria-expanded": "false",
    onclick: () => { const open = nav.classList.toggle("open"); toggle.setAttribute("aria-expanded", String(open)); } }, "Menu");
  const nav = h("nav", { class: "menu", "aria-label": "Menu principal", onclick: (event) => {
    if (event.target.closest("a")) { nav.classList.remove("open"); toggle.setAttribute("aria-expanded", "false"); }
  } }, h("ul", {}, menu));
  main = h("main", { class: "container" });
  replace(app,
    h("header", { class: "topbar" }, h("div", { class: "container bar" },
      h("a", { href: "#/", class: "brand" }, "NIASOTAC · back-office"),
      h("span", { class: "who", id: "who" }, `${user.username} (${user.role === "admin" ? "administrateur" : "équipe"})`),
      toggle,
      h("button", { type: "button", class: "secondary", id: "sign-out", onclick: signOut }, "Se déconnecter")),
    h("div", { class: "container" }, nav)),
    main);
  route();
}

function showSignIn(message, kind) {
  leaving.forEach((stop) => stop());
  leaving = [];
  main = null;
  replace(app, signInPage(message, kind, shell));
}

onSessionEnd((message) => showSignIn(message, "notice"));
window.addEventListener("hashchange", route);

try {
  const user = await resume();
  if (user) shell(user);
  else showSignIn();
} catch (error) {
  showSignIn(describe(error), "error");
}

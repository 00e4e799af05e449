// The three newsletter screens' tabs.
import { h } from "../dom.js";

const TABS = [["#/newsletter/abonnes", "Abonnés"], ["#/newsletter/modeles", "Modèles"], ["#/newsletter/campagnes", "Campagnes"]];

export function tabs(current) {
  return h("nav", { class: "tabs", "aria-label": "Newsletter" }, h("ul", {}, TABS.map(([href, label]) =>
    h("li", {}, h("a", { href, "aria-current": href === current ? "page" : undefined }, label)))));
}

// Utilisateurs (admins only; the API refuses the others too): create, change role, deactivate, reset password.
import { api } from "../api.js";
import { h, replace } from "../dom.js";
import { when } from "../format.js";
import { fields, read } from "../form.js";
import { listView } from "../list.js";
import { act, badge, formDialog, heading, toast } from "../ui.js";
import { currentUser } from "../session.js";

const ROLES = [["staff", "Équipe"], ["admin", "Administrateur"]];
const PASSWORD = { name: "password", label: "Mot de passe (12 à 128 caractères)", type: "password", required: true };

export default async function users(section) {
  let list;
  const patch = (user, body, message) => act(null, async () => {
    await api.patch(`/api/v1/users/${user.id}`, body);
    toast(message);
    list.reload();
  });
  const columns = [
    { label: "Identifiant", sort: "username", render: (u) => u.username },
    { label: "Rôle", sort: "role", render: (u) => (u.id === currentUser().id ? badge("Administrateur (vous)", "info")
      : h("select", { "aria-label": `Rôle de ${u.username}`, class: "role", onchange: (e) => patch(u, { role: e.target.value }, "Rôle changé.") },
        ROLES.map(([value, label]) => h("option", { value, selected: u.role === value }, label)))) },
    { label: "État", render: (u) => (u.is_active ? badge("Actif", "ok") : badge("Désactivé", "muted")) },
    { label: "Dernière connexion", sort: "last_login_at", render: (u) => when(u.last_login_at) },
    { label: "Créé le", sort: "created_at", render: (u) => when(u.created_at) },
    { label: "", render: (u) => (u.id === currentUser().id ? "" : h("span", { class: "row-actions" },
      h("button", { type: "button", class: "secondary outline", onclick: () => patch(u, { is_active: !u.is_active }, u.is_active ? "Compte désactivé : ses sessions sont terminées." : "Compte réactivé.") }, u.is_active ? "Désactiver" : "Réactiver"),
      h("button", { type: "button", class: "secondary outline", onclick: () => resetPassword(u) }, "Nouveau mot de passe"))) },
  ];
  list = listView({ path: "/api/v1/users", memory: "users", columns, ordering: "username", searchHint: "Identifiant" });
  replace(section, heading("Utilisateurs", h("button", { type: "button", onclick: () => create(list) }, "Nouvel utilisateur")), list.element);
}

async function create(list) {
  const specs = [{ name: "username", label: "Identifiant", required: true }, PASSWORD, { name: "role", label: "Rôle", type: "select", options: ROLES }];
  const done = await formDialog("Nouvel utilisateur", fields(specs, { role: "staff" }), {
    submitLabel: "Créer", submit: (form) => api.post("/api/v1/users", read(form, specs)),
  });
  if (done) {
    toast("Utilisateur créé.");
    list.reload();
  }
}

async function resetPassword(user) {
  const done = await formDialog(`Nouveau mot de passe pour ${user.username}`, fields([PASSWORD]), {
    submit: (form) => api.patch(`/api/v1/users/${user.id}`, read(form, [PASSWORD])),
  });
  if (done) toast("Mot de passe changé : ses sessions sont terminées.");
}

// French for what the API says in English: error codes, and the usual validation sentences on fields.

const BY_CODE = {
  network_error: "Le serveur est injoignable : vérifiez la connexion.",
  not_authenticated: "Votre session a expiré : reconnectez-vous.",
  permission_denied: "Vous n'avez pas le droit de faire cela.",
  not_found: "Introuvable : l'élément a peut-être été supprimé.",
  validation_error: "Certains champs sont à corriger.",
  bad_request: "Demande refusée :",
  conflict: "Opération refusée :",
  rate_limited: "Trop de tentatives : réessayez dans un instant.",
  payload_too_large: "Fichier trop volumineux.",
  unsupported_media_type: "Type de fichier refusé.",
  service_unavailable: "Service momentanément indisponible : réessayez dans un instant.",
  internal_error: "Erreur du serveur. Réessayez, puis signalez-la si elle persiste.",
};

/** Codes whose API message carries the reason (a conflict, a refused move…): shown after the French text. */
const EXPLAINED = new Set(["conflict", "bad_request", "promotion_inactive", "promotion_exhausted", "customer_limit_reached"]);

export function describe(error) {
  const french = BY_CODE[error?.code] ?? "L'opération a échoué.";
  return EXPLAINED.has(error?.code) || !BY_CODE[error?.code] ? `${french} ${error?.message ?? ""}`.trim() : french;
}

const FIELD_MESSAGES = [
  [/^must not be (blank|null|empty)$/, "obligatoire"],
  [/^must be greater than 0$/, "doit être supérieur à 0"],
  [/^must be greater than or equal to 0$/, "doit être positif ou nul"],
  [/^size must be between (\d+) and (\d+)$/, "entre $1 et $2 caractères"],
  [/^must be less than or equal to (\d+)$/, "au plus $1"],
  [/^must be a well-formed email address$/, "adresse e-mail non valable"],
  [/^expected true or false$/, "oui ou non attendu"],
  [/^expected a whole number$/, "nombre entier attendu"],
  [/^already (taken|exists|used).*/, "déjà utilisé"],
];

export function fieldMessage(message) {
  for (const [pattern, french] of FIELD_MESSAGES) {
    if (pattern.test(message)) return message.replace(pattern, french);
  }
  return message;
}

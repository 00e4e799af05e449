// The one door to the REST API: unwraps the envelope, adds the bearer token, and after a 401 tries one refresh
// before giving up on the session.

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `Erreur ${status}`);
    this.status = status;
    this.code = body?.error?.code ?? "unknown";
    this.fields = body?.error?.fields ?? {};
  }
}

let auth = { token: () => null, refresh: async () => false, expired: () => {} };

/** The session plugs itself in here (it imports this module, so it cannot be imported back). */
export function useAuth(hooks) {
  auth = hooks;
}

export async function request(method, path, { json, form, query, anonymous = false, retry = true } = {}) {
  const headers = { Accept: "application/json" };
  const token = anonymous ? null : auth.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body = form;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(path + queryString(query), { method, headers, body, cache: "no-store", credentials: "omit" });
  } catch {
    throw new ApiError(0, { message: "Le serveur est injoignable : vérifiez la connexion.", error: { code: "network_error" } });
  }
  if (response.status === 401 && token && retry) {
    if (await auth.refresh()) return request(method, path, { json, form, query, retry: false });
    auth.expired();
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok || !payload?.success) throw new ApiError(response.status, payload);
  return payload.data;
}

export const api = {
  get: (path, query) => request("GET", path, { query }),
  post: (path, json = {}) => request("POST", path, { json }),
  put: (path, json) => request("PUT", path, { json }),
  patch: (path, json) => request("PATCH", path, { json }),
  delete: (path) => request("DELETE", path),
  upload: (method, path, form) => request(method, path, { form }),
};

/** Every page of a paginated list (pickers of a few hundred rows at most). */
export async function all(path, query = {}) {
  const rows = [];
  for (let page = 1; ; page++) {
    const data = await api.get(path, { ...query, page, page_size: 100 });
    rows.push(...data.results);
    if (!data.next) return rows;
  }
}

function queryString(query) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

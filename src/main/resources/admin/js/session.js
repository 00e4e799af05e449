// The signed-in session. The access token lives in this module's memory only; the refresh token is kept in
// sessionStorage so that reloading the tab keeps the sign-in (it dies with the tab). The access token is renewed
// before it expires; a session that cannot be renewed ends with a message on the sign-in page.
import { ApiError, api, request, useAuth } from "./api.js";

const REFRESH_KEY = "niasotac.back-office.refresh";
const RETRY_OFFLINE_MS = 15_000;

let access = null;
let user = null;
let timer = null;
let refreshing = null;
let onEnd = () => {};

useAuth({ token: () => access, refresh: () => refresh(), expired: () => end("Votre session a expiré : reconnectez-vous.") });

export function currentUser() {
  return user;
}

export function isAdmin() {
  return user?.role === "admin";
}

/** Called with the sign-in page's message whenever the session ends (sign-out, expiry). */
export function onSessionEnd(callback) {
  onEnd = callback;
}

export async function signIn(username, password) {
  accept(await request("POST", "/api/token", { json: { username, password }, anonymous: true }));
  user = await api.get("/api/v1/users/me");
  return user;
}

/** After a reload: the tab's refresh token, if it still works, gives the session back. */
export async function resume() {
  if (!sessionStorage.getItem(REFRESH_KEY) || !(await refresh())) return null;
  user = await api.get("/api/v1/users/me");
  return user;
}

/** Ends the sign-in on the server too (its tokens stop working everywhere), then here, even offline. */
export async function signOut() {
  const token = sessionStorage.getItem(REFRESH_KEY);
  if (token) {
    await request("POST", "/api/token/revoke", { json: { refresh: token }, anonymous: true, retry: false }).catch(() => {});
  }
  end("Vous êtes déconnecté(e).");
}

/** One refresh at a time: requests failing together with a 401 share it. */
function refresh() {
  refreshing ??= renew().finally(() => (refreshing = null));
  return refreshing;
}

async function renew() {
  const token = sessionStorage.getItem(REFRESH_KEY);
  if (!token) return false;
  try {
    accept(await request("POST", "/api/token/refresh", { json: { refresh: token }, anonymous: true, retry: false }));
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 0) {
      schedule(RETRY_OFFLINE_MS / 1000); // offline on a mobile network: try again, the token may still be valid
      throw error;
    }
    end("Votre session a expiré : reconnectez-vous.");
    return false;
  }
}

function accept(tokens) {
  access = tokens.access;
  sessionStorage.setItem(REFRESH_KEY, tokens.refresh);
  schedule(tokens.expires_in * 0.8);
}

function schedule(seconds) {
  clearTimeout(timer);
  timer = setTimeout(() => refresh().catch(() => {}), Math.max(seconds, 1) * 1000);
}

function end(message) {
  const wasSignedIn = access !== null || user !== null;
  clearTimeout(timer);
  access = null;
  user = null;
  sessionStorage.removeItem(REFRESH_KEY);
  if (wasSignedIn) onEnd(message);
}

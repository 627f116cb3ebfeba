/*
 * The API key the dashboard sends. Kept in this browser's localStorage: the dashboard is an operator
 * console on the server's own origin, and a key typed once per browser is what operators expect.
 */
const STORAGE_KEY = 'switchboard.apiKey';
const listeners = new Set<() => void>();

export function getApiKey(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function setApiKey(key: string): void {
  try {
    if (key.trim() === '') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, key.trim());
  } catch {
    // storage disabled: the key lasts until the page is reloaded
  }
  for (const listener of listeners) listener();
}

export function onApiKeyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const entryListeners = new Set<() => void>();

/** Asks the sidebar to open its key form (from an error banner saying a key is needed). */
export function requestApiKeyEntry(): void {
  for (const listener of entryListeners) listener();
}

export function onApiKeyEntryRequest(listener: () => void): () => void {
  entryListeners.add(listener);
  return () => entryListeners.delete(listener);
}

// Fetches and checks an event list, and says plainly what went wrong when it cannot. Shared by
// the page (and so the iframe embed) and the <event-timeline> element.
import { validateEventList, type EventList } from '../core/schema';

export type Loading =
  | { state: 'loading' }
  /** `url`: where the list was read from; the articles' saved texts (`articles/<id>.txt`) sit beside it. */
  | { state: 'ready'; data: EventList; url: URL }
  /** `retry`: the failure may pass (the network, a stalled server), so offer to try again. */
  | { state: 'failed'; message: string; details: string[]; retry?: boolean };

/** How long the list may go without a single byte arriving (headers, then body) before loading gives up. */
export const STALL_MS = 15_000;

/**
 * `fetch` and the whole body as text, given up when nothing arrives for `stallMs`: a server that
 * stops sending halfway would otherwise leave the reader on "Loading..." forever. A slow but
 * steady download of a large list is never cut off. Resolves to the text, or to why it failed.
 */
export async function fetchWithStallTimeout(
  url: URL,
  init: RequestInit | undefined,
  stallMs: number,
): Promise<{ ok: true; status: number; text: string } | { ok: false; why: 'stalled' | 'network' } | { ok: false; why: 'status'; status: number }> {
  const controller = new AbortController();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
      // Ends a pending read even where aborting the request does not reach its body.
      reader?.cancel().catch(() => {});
    }, stallMs);
  };
  wait();
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, why: 'status', status: response.status };
    }
    if (!response.body) return { ok: true, status: response.status, text: await response.text() };
    reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
      wait();
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    if (stalled) return { ok: false, why: 'stalled' };
    return { ok: true, status: response.status, text: text + decoder.decode() };
  } catch {
    return { ok: false, why: stalled ? 'stalled' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads the event list at `path` (relative to `base`). The element passes `credentials: 'omit'`
 * so that loading data never sends the host page's cookies.
 */
export async function loadEventList(path: string, base: string, init?: RequestInit, stallMs = STALL_MS): Promise<Loading> {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return { state: 'failed', message: `The event list address (${path}) is not a valid URL.`, details: [] };
  }
  // User-timing marks: where the time to the first screen goes (scripts/bench-browser.ts prints them).
  performance.mark('events:requested');
  const response = await fetchWithStallTimeout(url, init, stallMs);
  performance.mark('events:received');
  if (!response.ok && response.why === 'status') {
    const why = response.status === 404 ? 'was not found' : `could not be loaded (HTTP ${response.status})`;
    return { state: 'failed', message: `The event list (${path}) ${why}. Run the pipeline to produce it, then reload.`, details: [], retry: response.status >= 500 };
  }
  if (!response.ok && response.why === 'stalled') {
    return {
      state: 'failed',
      message: `The event list (${path}) stopped arriving: nothing came for ${stallMs / 1000} seconds. Check the connection and try again.`,
      details: [],
      retry: true,
    };
  }
  if (!response.ok) {
    return {
      state: 'failed',
      message: `The event list (${path}) could not be fetched. Check the connection and try again; from another site, its server must allow it (CORS).`,
      details: [],
      retry: true,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(response.text);
    performance.mark('events:parsed');
  } catch {
    return { state: 'failed', message: `The event list (${path}) is not valid JSON.`, details: [] };
  }
  const result = validateEventList(json);
  performance.mark('events:checked');
  if (!result.ok) return { state: 'failed', message: `The event list (${path}) is not in the expected format.`, details: result.errors };
  return { state: 'ready', data: result.value, url };
}

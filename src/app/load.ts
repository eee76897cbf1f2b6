// Fetches and checks an event list, and says plainly what went wrong when it cannot. Shared by
// the page (and so the iframe embed) and the <event-timeline> element.
import { validateEventList, type EventList } from '../core/schema';

export type Loading =
  | { state: 'loading' }
  | { state: 'ready'; data: EventList }
  | { state: 'failed'; message: string; details: string[] };

/**
 * Loads the event list at `path` (relative to `base`). The element passes `credentials: 'omit'`
 * so that loading data never sends the host page's cookies.
 */
export async function loadEventList(path: string, base: string, init?: RequestInit): Promise<Loading> {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return { state: 'failed', message: `The event list address (${path}) is not a valid URL.`, details: [] };
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return {
      state: 'failed',
      message: `The event list (${path}) could not be fetched. Check the connection and reload the page; from another site, its server must allow it (CORS).`,
      details: [],
    };
  }
  if (!response.ok) {
    const why = response.status === 404 ? 'was not found' : `could not be loaded (HTTP ${response.status})`;
    return { state: 'failed', message: `The event list (${path}) ${why}. Run the pipeline to produce it, then reload.`, details: [] };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { state: 'failed', message: `The event list (${path}) is not valid JSON.`, details: [] };
  }
  const result = validateEventList(json);
  if (!result.ok) return { state: 'failed', message: `The event list (${path}) is not in the expected format.`, details: result.errors };
  return { state: 'ready', data: result.value };
}

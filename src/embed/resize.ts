// Host-page helper for the iframe embed (built to dist/embed/resize.js). Include it once on a
// page; every <iframe data-newsroom-timeline> then follows its content's height, and fires an
// `eventselect` DOM event when the reader opens an event. With `data-sync-hash` on the iframe it
// also keeps `#event=<id>` in the host page's URL (one such frame per page).
import { MAX_HEIGHT, eventIdFromHash, hashForEvent, readMessage, selectMessage } from '../core/protocol';

const SELECTOR = 'iframe[data-newsroom-timeline]';
const greeted = new WeakSet<HTMLIFrameElement>();

function frameFor(source: MessageEventSource | null, origin: string): HTMLIFrameElement | null {
  if (!source) return null;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
    if (frame.contentWindow !== source) continue;
    // Only the page the frame was pointed at may resize it, not something it navigated to.
    let expected: string;
    try {
      expected = new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
    return origin === expected ? frame : null;
  }
  return null;
}

function receive(event: MessageEvent) {
  const message = readMessage(event.data);
  if (!message) return;
  const frame = frameFor(event.source, event.origin);
  if (!frame) return;
  if (message.kind === 'height') {
    frame.style.height = `${Math.min(message.height, MAX_HEIGHT)}px`;
    if (!frame.style.border) frame.style.border = '0';
    // The first message says the frame is listening: hand it the event in the host's URL.
    if (!greeted.has(frame)) {
      greeted.add(frame);
      const wanted = frame.hasAttribute('data-sync-hash') ? eventIdFromHash(location.hash) : null;
      if (wanted !== null) frame.contentWindow?.postMessage(selectMessage(wanted), event.origin);
    }
    return;
  }
  frame.dispatchEvent(new CustomEvent('eventselect', { detail: { id: message.event }, bubbles: true, composed: true }));
  if (frame.hasAttribute('data-sync-hash')) {
    const url = message.event === null ? `${location.pathname}${location.search}` : hashForEvent(message.event);
    history.replaceState(history.state, '', url);
  }
}

const marker = '__newsroomTimelineResize';
const scope = window as unknown as Record<string, boolean>;
// Included twice, it still listens once.
if (!scope[marker]) {
  scope[marker] = true;
  addEventListener('message', receive);
}

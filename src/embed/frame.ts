// The page's side of the iframe embed (`index.html?embed=1`): tells the host page how tall the
// content is and which event is open, and opens an event when the host asks. It only talks by
// postMessage with plain data; it never touches the host's URL, cookies or storage.
import { eventIdFromHash, hashForEvent, heightMessage, readMessage, selectMessage, type TimelineMessage } from './protocol';

/** Options read from the frame's own query string: `?embed=1&theme=dark`. */
export interface FrameOptions {
  embed: boolean;
  theme: Theme;
}

export type Theme = 'light' | 'dark' | 'auto';

export function readTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

export function frameOptions(search: string): FrameOptions {
  const params = new URLSearchParams(search);
  return { embed: params.get('embed') === '1', theme: readTheme(params.get('theme')) };
}

/**
 * Reports `root`'s height and the open event to the parent window while attached; returns the
 * cleanup. Does nothing when the page is not in a frame.
 */
export function reportToHost(root: HTMLElement): () => void {
  const host = window.parent;
  if (host === window) return () => {};
  // Any site may frame the timeline, and the messages hold nothing private (a height and an
  // event id that is in the frame's own URL), so they go to whatever origin the host has.
  const post = (message: TimelineMessage) => host.postMessage(message, '*');

  let lastHeight = -1;
  const sendHeight = () => {
    // The root's own box, not the document's, which never gets shorter than the frame.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post(heightMessage(height));
  };
  const resizes = new ResizeObserver(sendHeight);
  resizes.observe(root);

  // The timeline keeps `#event=<id>` in the frame's URL with history.replaceState, which fires no
  // event; the DOM changes whenever the selection does, so look at the hash then.
  let lastEvent: string | null = eventIdFromHash(location.hash);
  const sendSelection = () => {
    const event = eventIdFromHash(location.hash);
    if (event === lastEvent) return;
    lastEvent = event;
    post(selectMessage(event));
  };
  const mutations = new MutationObserver(sendSelection);
  mutations.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed', 'aria-expanded'] });
  addEventListener('hashchange', sendSelection);

  const receive = (event: MessageEvent) => {
    if (event.source !== host) return;
    const message = readMessage(event.data);
    if (message?.kind !== 'select') return;
    // Setting the hash fires hashchange, which the timeline follows.
    if (message.event === null) {
      if (location.hash) location.hash = '';
    } else if (location.hash !== hashForEvent(message.event)) {
      location.hash = hashForEvent(message.event);
    }
  };
  addEventListener('message', receive);

  return () => {
    resizes.disconnect();
    mutations.disconnect();
    removeEventListener('hashchange', sendSelection);
    removeEventListener('message', receive);
  };
}

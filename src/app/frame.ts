// The page's side of the iframe embed (`index.html?embed=1`): tells the host page how tall the
// content is and which event is open, and opens an event when the host asks. It only talks by
// postMessage with plain data; it never touches the host's URL, cookies or storage.
import { heightMessage, readMessage, selectMessage, type TimelineMessage } from '../core/protocol';
import { readLayout, type EmbedLayout } from './embed-context';

/** Options read from the frame's own query string: `?embed=1&theme=dark&layout=full` (snippets.ts writes it). */
export interface FrameOptions {
  embed: boolean;
  theme: Theme;
  layout: EmbedLayout;
}

export type Theme = 'light' | 'dark' | 'auto';

/**
 * An embed's theme: light unless the publisher asks for `dark`, or for `auto` (the reader's system
 * setting). A timeline sits in someone else's article, which is light far more often than not; a
 * dark box in a white page for readers in dark mode is the publisher's choice to make, not ours.
 */
export function readTheme(value: string | null | undefined): Theme {
  return value === 'dark' || value === 'auto' ? value : 'light';
}

export function frameOptions(search: string): FrameOptions {
  const params = new URLSearchParams(search);
  return { embed: params.get('embed') === '1', theme: readTheme(params.get('theme')), layout: readLayout(params.get('layout')) };
}

/**
 * Reports `root`'s height to the parent window while attached, and passes on the events the host
 * asks to open (`onrequest`); returns the cleanup. Does nothing when the page is not in a frame.
 */
export function reportToHost(root: HTMLElement, onrequest: (id: string | null) => void): () => void {
  const host = window.parent;
  if (host === window) return () => {};

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

  const receive = (event: MessageEvent) => {
    if (event.source !== host) return;
    const message = readMessage(event.data);
    if (message?.kind === 'select') onrequest(message.event);
  };
  addEventListener('message', receive);

  return () => {
    resizes.disconnect();
    removeEventListener('message', receive);
  };
}

/** Tells the parent window that the reader opened an event (or closed it: null). */
export function reportSelection(id: string | null): void {
  if (window.parent !== window) post(selectMessage(id));
}

// Any site may frame the timeline, and the messages hold nothing private (a height and an event
// id that is in the frame's own URL), so they go to whatever origin the host has.
function post(message: TimelineMessage) {
  window.parent.postMessage(message, '*');
}

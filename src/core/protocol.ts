// What a timeline page, its iframe host and its links agree on: the `#event=<id>` fragment, and the
// messages an embedded frame and its host page exchange with postMessage (plain objects only,
// tagged with this tool's name so a host can tell them from other frames' messages).

export const MESSAGE_TYPE = 'newsroom-timeline';

/** Frame to host: the frame's content is this many CSS pixels tall. */
export interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  kind: 'height';
  height: number;
}

/** Frame to host: the reader opened an event (or closed it: `event: null`). Host to frame: open it. */
export interface SelectMessage {
  type: typeof MESSAGE_TYPE;
  kind: 'select';
  event: string | null;
}

export type TimelineMessage = HeightMessage | SelectMessage;

/** Tallest frame a host will agree to, so a bad message cannot make a page miles long. */
export const MAX_HEIGHT = 100_000;

export function heightMessage(height: number): HeightMessage {
  return { type: MESSAGE_TYPE, kind: 'height', height: Math.ceil(height) };
}

export function selectMessage(event: string | null): SelectMessage {
  return { type: MESSAGE_TYPE, kind: 'select', event };
}

/** Checks an incoming message's shape; anything else (other tools, other frames) is null. */
export function readMessage(data: unknown): TimelineMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type !== MESSAGE_TYPE) return null;
  if (message.kind === 'height') {
    const { height } = message;
    return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT ? heightMessage(height) : null;
  }
  if (message.kind === 'select') {
    const { event } = message;
    return event === null || (typeof event === 'string' && event.length > 0 && event.length <= 500) ? selectMessage(event) : null;
  }
  return null;
}

/** The event id in a `#event=<id>` fragment, or null. */
export function eventIdFromHash(hash: string): string | null {
  const match = /^#event=(.+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function hashForEvent(id: string): string {
  return `#event=${encodeURIComponent(id)}`;
}

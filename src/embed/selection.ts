// Selection for a timeline that does not keep the page URL (the <event-timeline> element).
// Timeline.svelte has no selection props yet, so this reads the selection from its controls'
// ARIA state and opens an event by pressing its control. Once Timeline takes `selectedId` and
// `onselect`, both functions can go.
import { flushSync } from 'svelte';

const PRESSED = '[data-event-id][aria-pressed="true"], [data-event-id][aria-expanded="true"]';

function pressedId(root: ParentNode): string | null {
  return root.querySelector<HTMLElement | SVGElement>(PRESSED)?.dataset.eventId ?? null;
}

/** Calls `onchange` whenever the open event changes under `root`. */
export function watchSelection(root: HTMLElement, onchange: (id: string | null) => void): () => void {
  let last: string | null = null;
  const check = () => {
    // The open event's control can be folded into a cluster while its details stay open.
    const open = root.querySelector('.details') !== null;
    const id = pressedId(root) ?? (open ? last : null);
    if (id === last) return;
    last = id;
    onchange(id);
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed', 'aria-expanded'] });
  return () => observer.disconnect();
}

function controlFor(root: ParentNode, id: string): HTMLElement | SVGElement | null {
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>('[data-event-id]')) {
    if (element.dataset.eventId === id) return element;
  }
  return null;
}

/** Presses a control and lets Svelte update the DOM at once, so the next query sees the result. */
function click(element: Element) {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  flushSync();
}

/**
 * Opens event `id` without moving the host page: presses its mark, or, when it is folded into a
 * cluster, its button in the list view. Returns whether the event is now open.
 */
export function openEvent(root: HTMLElement, id: string): boolean {
  if (pressedId(root) === id) return true;
  const scroll = [scrollX, scrollY] as const;
  const focused = document.activeElement;
  let control = controlFor(root, id);
  let listToggle: HTMLElement | null = null;
  if (!control) {
    listToggle = root.querySelector<HTMLElement>('button.toggle[aria-pressed="false"]');
    if (listToggle) {
      click(listToggle);
      control = controlFor(root, id);
    }
  }
  if (control) click(control);
  if (listToggle) click(listToggle);
  // Opening moves focus to the details, which would scroll the host page to the timeline.
  const inner = root.getRootNode() instanceof ShadowRoot ? (root.getRootNode() as ShadowRoot).activeElement : null;
  if (inner instanceof HTMLElement) inner.blur();
  if (focused instanceof HTMLElement && focused !== document.body) focused.focus({ preventScroll: true });
  scrollTo(scroll[0], scroll[1]);
  return pressedId(root) === id || (control !== null && root.querySelector('.details') !== null);
}

// The <event-timeline> custom element: a timeline in a shadow root, so the host page's CSS stays
// out and the timeline's stays in. Each element mounts its own timeline; several work side by side.
import { mount, unmount } from 'svelte';
import EmbeddedTimeline from './EmbeddedTimeline.svelte';
import { readTheme, type Theme } from '../app/frame';
import { readLayout, type EmbedLayout } from '../app/embed-context';
import { shadowCss } from './styles';

const ATTRIBUTES = ['src', 'event', 'height', 'theme', 'layout', 'lang'] as const;

let sharedSheet: CSSStyleSheet | null = null;

/**
 * Constructed style sheets are shared by every element and, unlike <style> elements, are allowed
 * by a `style-src 'self'` Content-Security-Policy. Browsers without them get a <style> element.
 * Unbuilt (dev server, tests) the text is a placeholder that parses as no rules.
 */
function adoptStyles(shadow: ShadowRoot) {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(shadowCss);
    }
    shadow.adoptedStyleSheets = [sharedSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = shadowCss;
    (shadow as ShadowRoot).append(style);
  }
}

/** The detail of the element's `eventselect` DOM event. */
export interface EventSelectDetail {
  /** The open event's id, or null when the reader closed it. */
  id: string | null;
}

export class EventTimelineElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #props = $state({
    src: null as string | null,
    event: null as string | null,
    height: null as string | null,
    theme: 'light' as Theme,
    layout: 'compact' as EmbedLayout,
    lang: null as string | null,
  });
  #app: Record<string, unknown> | null = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
  }

  connectedCallback() {
    if (this.#app) return;
    for (const name of ATTRIBUTES) this.attributeChangedCallback(name, null, this.getAttribute(name));
    const props = this.#props;
    this.#app = mount(EmbeddedTimeline, {
      target: this.shadowRoot!,
      props: {
        get src() { return props.src; },
        get event() { return props.event; },
        get height() { return props.height; },
        get theme() { return props.theme; },
        get layout() { return props.layout; },
        get lang() { return props.lang; },
        onselect: (id: string | null) => {
          const detail: EventSelectDetail = { id };
          this.dispatchEvent(new CustomEvent('eventselect', { detail, bubbles: true, composed: true }));
        },
      },
    });
  }

  disconnectedCallback() {
    // Moving the element around the page disconnects and reconnects it in one task: keep it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#app) return;
      void unmount(this.#app);
      this.#app = null;
    });
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    switch (name) {
      case 'src':
        this.#props.src = value;
        break;
      case 'event':
        this.#props.event = value || null;
        break;
      case 'height':
        this.#props.height = value;
        break;
      case 'theme':
        this.#props.theme = readTheme(value);
        break;
      case 'layout':
        this.#props.layout = readLayout(value);
        break;
      case 'lang':
        this.#props.lang = value;
        break;
    }
  }
}

// Entry of dist/embed/event-timeline.js: defines <event-timeline>. Load it as a module script.
import './element.css';
import '../app/tokens.css';
import { EventTimelineElement } from './element.svelte';

export { EventTimelineElement };
export type { EventSelectDetail } from './element.svelte';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimelineElement;
  }
  interface HTMLElementEventMap {
    eventselect: CustomEvent<import('./element.svelte').EventSelectDetail>;
  }
}

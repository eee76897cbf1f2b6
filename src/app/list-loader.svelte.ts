// The event list a page or an element shows: loaded when it starts, again when its address
// changes, and again when the reader asks to try again after a failure that may pass.
import { loadEventList, type Loading } from './load';

export interface ListLoader {
  /** Where loading stands: loading, ready with the list, or failed with why. */
  readonly current: Loading;
  /** Loads the list again. */
  retry(): void;
}

/**
 * Call while a component initialises. `source` is read in an effect (a change loads the list
 * again); when it gives no address, loading fails with `missing`.
 */
export function loadList(source: () => string | null | undefined, init?: RequestInit, missing = 'No event list was given.'): ListLoader {
  let current = $state.raw<Loading>({ state: 'loading' });
  let attempt = $state(0);
  $effect(() => {
    const path = source();
    void attempt;
    if (!path) {
      current = { state: 'failed', message: missing, details: [] };
      return;
    }
    let live = true;
    current = { state: 'loading' };
    loadEventList(path, document.baseURI, init).then((result) => {
      if (live) current = result;
    });
    return () => {
      live = false;
    };
  });
  return {
    get current() {
      return current;
    },
    retry: () => attempt++,
  };
}

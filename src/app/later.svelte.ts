// Parts of the timeline the page and the element load on first use rather than with their first screen: each is
// built into a chunk beside the entry script and imported from there (for the element, its own origin,
// which a host's CSP already allows in script-src). vite.config.ts (loadLater) writes one wrapper for each.
/**
 * A component that starts loading the first time it is asked for, and is null until it has. With
 * `idle`, it waits for the browser to be idle after the first screen (or for printing to start):
 * for what no reader sees on screen, such as the print list.
 */
export function later<C>(load: () => Promise<{ default: C }>, options: { idle?: boolean } = {}): () => C | null {
  let component = $state.raw<C | null>(null);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void load().then((module) => (component = module.default));
  };
  let asked = false;
  return () => {
    if (!asked) {
      asked = true;
      if (!options.idle) start();
      else {
        addEventListener('beforeprint', start, { once: true });
        // After the first screen is painted (two frames on), when the browser has a moment.
        const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200));
        if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(idle));
        else idle();
      }
    }
    return component;
  };
}

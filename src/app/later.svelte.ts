// Parts of the timeline the page and the element load on first use rather than with their first screen: each is
// built into a chunk beside the entry script and imported from there (for the element, its own origin,
// which a host's CSP already allows in script-src). vite.config.ts (loadLater) writes one wrapper for each.
/** A component that starts loading the first time it is asked for, and is null until it has. */
export function later<C>(load: () => Promise<{ default: C }>): () => C | null {
  let component = $state.raw<C | null>(null);
  let started = false;
  return () => {
    if (!started) {
      started = true;
      void load().then((module) => (component = module.default));
    }
    return component;
  };
}

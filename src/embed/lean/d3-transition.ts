// Stand-in for d3-transition in the <event-timeline> bundle, to keep it small (see
// vite.config.ts): just what d3-zoom and the timeline use. `selection.transition().duration(ms)`
// runs tweens on animation frames with d3's default cubic-in-out easing, firing `start`, `end`
// and `interrupt`; `selection.interrupt()` and `interrupt(node)` stop a running one.
import { selection, type Selection } from 'd3-selection';

type Listener = (this: Element, ...args: unknown[]) => void;
type Tween = (this: Element, ...args: unknown[]) => ((t: number) => void) | null | undefined;

interface Run {
  stop(reason: 'interrupt' | 'end'): void;
}

const running = new WeakMap<Element, Run>();
const scheduled = new WeakMap<Element, LeanTransition>();

const ease = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
const nextFrame = (callback: (now: number) => void): number =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(callback) : +setTimeout(() => callback(performance.now()), 16);
const cancelFrame = (id: number) => (typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id));

/** Stops the transition running (or waiting to run) on `node`. */
export function interrupt(node: Element): void {
  scheduled.delete(node);
  running.get(node)?.stop('interrupt');
}

class LeanTransition {
  #selection: Selection<Element, unknown, null, undefined>;
  #duration = 250;
  #listeners = new Map<string, Listener>();
  #tweens: Tween[] = [];

  constructor(from: Selection<Element, unknown, null, undefined>) {
    this.#selection = from;
    from.each((_d, i, nodes) => scheduled.set(nodes[i], this));
    // Like d3, start on the next frame, once the caller has set the transition up.
    nextFrame(() => this.#start());
  }

  selection() {
    return this.#selection;
  }

  /** d3-zoom's double-click zoom sets its tween up this way. */
  call<A extends unknown[]>(callback: (transition: this, ...args: A) => void, ...args: A) {
    callback(this, ...args);
    return this;
  }

  duration(ms: number) {
    this.#duration = ms;
    return this;
  }

  on(types: string, listener: Listener) {
    for (const type of types.trim().split(/\s+/)) this.#listeners.set(type, listener);
    return this;
  }

  tween(_name: string, tween: Tween) {
    this.#tweens.push(tween);
    return this;
  }

  #fire(kind: string, node: Element, args: unknown[]) {
    for (const [type, listener] of this.#listeners) if (type.split('.')[0] === kind) listener.apply(node, args);
  }

  #start() {
    const transition = this;
    this.#selection.each(function (this: Element, ...args: unknown[]) {
      const node = this;
      if (scheduled.get(node) !== transition) return;
      scheduled.delete(node);
      running.get(node)?.stop('interrupt');
      transition.#fire('start', node, args);
      const ticks = transition.#tweens.map((tween) => tween.apply(node, args)).filter((tick) => typeof tick === 'function');
      const started = performance.now();
      let frame = 0;
      const run: Run = {
        stop(reason) {
          cancelFrame(frame);
          if (running.get(node) === run) running.delete(node);
          transition.#fire(reason, node, args);
        },
      };
      running.set(node, run);
      const step = (now: number) => {
        const t = transition.#duration > 0 ? Math.min(1, Math.max(0, now - started) / transition.#duration) : 1;
        const eased = t === 1 ? 1 : ease(t);
        for (const tick of ticks) tick.call(node, eased);
        if (running.get(node) !== run) return;
        if (t < 1) frame = nextFrame(step);
        else run.stop('end');
      };
      frame = nextFrame(step);
    });
  }
}

const prototype = selection.prototype as unknown as Record<string, unknown>;
prototype.transition = function (this: Selection<Element, unknown, null, undefined>) {
  return new LeanTransition(this);
};
prototype.interrupt = function (this: Selection<Element, unknown, null, undefined>) {
  return this.each((_d, i, nodes) => interrupt(nodes[i]));
};

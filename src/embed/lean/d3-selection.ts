// Stand-in for d3-selection in the <event-timeline> bundle, to keep it small (see vite.config.ts).
// d3-selection's prototype holds every method, so a bundle gets all of them; d3-zoom, d3-drag's
// click guard, the lean d3-transition and the chart only ever select a node they already hold (the
// chart's SVG, or the window during a drag) and call a few methods on it. Those methods and
// `pointer` keep d3-selection's behaviour (d3 is ISC-licensed), so gestures work as on the page.

type Datum = unknown;
type Listener = (this: Element, event: Event, d: Datum) => void;

interface Registered {
  type: string;
  name: string;
  value: Listener;
  listener: (this: Element, event: Event) => void;
  options: boolean | AddEventListenerOptions | undefined;
}

/** A node as d3 uses it: its listeners by `type.name`, its datum, and properties such as `__zoom`. */
type Node = Element & { __on?: Registered[]; __data__?: Datum } & Record<string, unknown>;

/** `"mousemove.zoom mouseup.zoom"` → each event type with its name (either may be empty). */
function parseTypenames(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/^|\s+/)
    .map((t) => {
      const i = t.indexOf('.');
      return i >= 0 ? { type: t.slice(0, i), name: t.slice(i + 1) } : { type: t, name: '' };
    });
}

class Selection {
  readonly nodes: Node[];

  constructor(nodes: Node[]) {
    this.nodes = nodes;
  }

  node(): Node | null {
    return this.nodes.find(Boolean) ?? null;
  }

  each(callback: (this: Node, d: Datum, i: number, nodes: Node[]) => void): this {
    this.nodes.forEach((node, i, nodes) => node && callback.call(node, node.__data__, i, nodes));
    return this;
  }

  call<A extends unknown[]>(callback: (selection: this, ...args: A) => void, ...args: A): this {
    callback(this, ...args);
    return this;
  }

  /** The nodes for which `test` is true (d3 also takes a CSS selector; nothing here needs one). */
  filter(test: (this: Node, d: Datum, i: number, nodes: Node[]) => unknown): Selection {
    return new Selection(this.nodes.filter((node, i, nodes) => node && test.call(node, node.__data__, i, nodes)));
  }

  datum(): Datum {
    return this.node()?.__data__;
  }

  /** Reads a property of the first node, or sets it on each (a function is called per node; null deletes). */
  property(name: string, ...value: [] | [unknown]): unknown {
    if (!value.length) return this.node()?.[name];
    const [v] = value;
    return this.each(function (...args) {
      const next = typeof v === 'function' ? v.apply(this, args) : v;
      if (next == null) delete this[name];
      else this[name] = next;
    });
  }

  style(name: string, value: string | null, priority = ''): this {
    return this.each(function () {
      const { style } = this as unknown as ElementCSSInlineStyle;
      if (value == null) style.removeProperty(name);
      else style.setProperty(name, value, priority);
    });
  }

  /**
   * Adds a listener under each `type.name` (replacing the one of that name), removes it with a
   * null listener (`.zoom` alone removes every type of that name), or returns it when not given.
   * Listeners are called with the event and the node's datum, `this` being the node.
   */
  on(typenames: string, ...args: [] | [Listener | null, (boolean | AddEventListenerOptions)?]): unknown {
    const typed = parseTypenames(typenames);
    if (!args.length) {
      for (const o of this.node()?.__on ?? []) for (const t of typed) if (t.type === o.type && t.name === o.name) return o.value;
      return undefined;
    }
    const [value, options] = args;
    for (const t of typed) {
      this.each(function () {
        const kept: Registered[] = [];
        for (const o of this.__on ?? []) {
          if ((!t.type || o.type === t.type) && o.name === t.name) this.removeEventListener(o.type, o.listener, o.options);
          else kept.push(o);
        }
        if (value) {
          const listener = function (this: Element, event: Event) {
            value.call(this, event, (this as Node).__data__);
          };
          this.addEventListener(t.type, listener, options);
          kept.push({ type: t.type, name: t.name, value, listener, options });
        }
        if (kept.length) this.__on = kept;
        else delete this.__on;
      });
    }
    return this;
  }
}

/** The root selection; like d3's, its prototype is where plug-ins (d3-transition) add methods. */
export function selection(): Selection {
  return new Selection([document.documentElement as unknown as Node]);
}
selection.prototype = Selection.prototype;

/** Selects a node the caller already holds (d3's `select(selector)` also takes a CSS selector; nothing here needs one). */
export function select(node: Element | Window): Selection {
  return new Selection([node as unknown as Node]);
}

interface PointerEvent {
  sourceEvent?: PointerEvent;
  currentTarget?: EventTarget | null;
  clientX: number;
  clientY: number;
  pageX: number;
  pageY: number;
}

/** What `pointer` measures against: an SVG element (in its user units) or any other element. */
type Target = Partial<SVGGraphicsElement & SVGSVGElement> & Partial<Element>;

/** The event's position relative to `node` (by default its current target), in that node's user units. */
export function pointer(event: PointerEvent, node?: Target | null): [number, number] {
  while (event.sourceEvent) event = event.sourceEvent;
  if (node === undefined) node = event.currentTarget as Target | null;
  if (node) {
    const svg: Target = node.ownerSVGElement ?? node;
    if (svg.createSVGPoint) {
      let point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      point = point.matrixTransform(node.getScreenCTM!()!.inverse());
      return [point.x, point.y];
    }
    if (node.getBoundingClientRect) {
      const rect = node.getBoundingClientRect();
      return [event.clientX - rect.left - node.clientLeft!, event.clientY - rect.top - node.clientTop!];
    }
  }
  return [event.pageX, event.pageY];
}

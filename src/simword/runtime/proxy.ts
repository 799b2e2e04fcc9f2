import type { SimRequestContext } from "./context";
import { ErrorCodes, SimError, accessDenied, invalidArgument, propertyNotLoaded } from "./errors";
import { type LoadPlan, parseLoad, splitPaths } from "./load";

export interface PropDef<T> {
  get(target: T): unknown;
  set?(target: T, value: unknown): void;
}

type LoadArg = Parameters<typeof parseLoad>[0];

/**
 * A proxy object as Office.js hands out: methods and property writes only queue commands; values read back exist only
 * for properties that were loaded and synced; the object's target in the document is resolved when the queue runs.
 */
export abstract class SimObject<T> {
  // Declared, and set in the constructor: a fill makes tens of thousands of proxies of a dozen classes, and V8 defines
  // class fields through a slow megamorphic path (several times the cost of plain assignments) for such a mix.
  declare readonly context: SimRequestContext;
  declare private readonly _resolver: (() => T | null) | undefined;
  declare readonly _id: number;
  /** undefined: not resolved yet; null: a null object (from an *OrNullObject method). */
  declare _target: T | null | undefined;
  // Made on first use: a fill creates several proxies per value and most never hold a loaded value or a child.
  declare private _valueMap: Map<string, unknown> | undefined;
  declare private _childMap: Map<string, SimObject<unknown>> | undefined;
  abstract readonly _typeName: string;

  constructor(context: SimRequestContext, resolver?: () => T | null) {
    this.context = context;
    this._resolver = resolver;
    this._id = context.newObjectId();
    this._target = undefined;
    this._valueMap = undefined;
    this._childMap = undefined;
  }

  protected abstract _props(): Record<string, PropDef<T>>;

  /** Navigation properties (objects reached by a property, like `font` or `paragraphs`). */
  protected _navs(): Record<string, () => SimObject<unknown>> {
    return {};
  }

  get isNullObject(): boolean {
    return this._read("isNullObject");
  }

  _resolveOrNull(): T | null {
    if (this._target === undefined) {
      if (!this._resolver) throw new SimError(ErrorCodes.invalidObjectPath, `${this._typeName} was used before it existed.`);
      this._target = this._resolver();
    }
    return this._target;
  }

  _resolve(where: string): T {
    const t = this._resolveOrNull();
    if (t === null) throw new SimError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.", where);
    return t;
  }

  protected get _values(): Map<string, unknown> {
    this._valueMap ??= new Map();
    return this._valueMap;
  }

  private get _children(): Map<string, SimObject<unknown>> {
    this._childMap ??= new Map();
    return this._childMap;
  }

  protected _child<C extends SimObject<unknown>>(name: string, make: () => C): C {
    let c = this._children.get(name);
    if (!c) {
      c = make();
      this._children.set(name, c);
    }
    return c as C;
  }

  protected _read<V>(name: string): V {
    if (!this._valueMap?.has(name)) throw propertyNotLoaded(name);
    return this._valueMap.get(name) as V;
  }

  protected _write(name: string, value: unknown): void {
    this._values.set(name, value);
    this.context.enqueue("set", this._id, name, value, () => {
      const t = this._resolveOrNull();
      if (t === null) return undefined;
      if (this.context.runtime.doc.readOnly) throw accessDenied(`${this._typeName}.${name}`);
      const def = this._props()[name];
      if (!def?.set) throw invalidArgument(`${this._typeName}.${name}`, "The property is read-only.");
      def.set(t, value);
      return undefined;
    });
  }

  /** Queues a method call; `mutates` marks an edit, refused in a read-only document. */
  protected _method(name: string, args: unknown, mutates: boolean, run: (t: T) => unknown): void {
    this.context.enqueue("method", this._id, name, args, () => {
      const t = this._resolveOrNull();
      if (t === null) return undefined;
      if (mutates && this.context.runtime.doc.readOnly) throw accessDenied(`${this._typeName}.${name}`);
      return run(t);
    });
  }

  /** Queues a method that returns a new object; the object's target is what `make` returns when the queue runs. */
  protected _create<M, C extends SimObject<M>>(child: C, name: string, args: unknown, mutates: boolean, make: (t: T) => NoInfer<M> | null): C {
    this.context.enqueue("create", this._id, name, { args, result: child._id }, () => {
      const t = this._resolveOrNull();
      if (t === null) {
        child._target = null;
        return undefined;
      }
      if (mutates && this.context.runtime.doc.readOnly) throw accessDenied(`${this._typeName}.${name}`);
      child._target = make(t);
      return undefined;
    });
    return child;
  }

  /** getNext/getPrevious (and their *OrNullObject forms): the neighbour of this target in `list`. */
  protected _neighbour<C extends SimObject<T>>(child: C, name: string, orNull: boolean, list: (t: T) => readonly T[], step: number): C {
    return this._create(child, name, [], false, (t) => {
      const all = list(t);
      const next = all[all.indexOf(t) + step];
      if (next !== undefined) return next;
      if (orNull) return null;
      throw new SimError(ErrorCodes.itemNotFound, "There is no such neighbour.", `${this._typeName}.${name}`);
    });
  }

  load(arg?: LoadArg): this {
    const plan = parseLoad(arg);
    this.context.enqueue("load", this._id, this._typeName, plan, () => this._applyLoad(plan));
    return this;
  }

  _applyLoad(plan: LoadPlan): Record<string, unknown> {
    return this._applySplit(splitPaths(plan.paths));
  }

  /** A load whose paths are already split (a collection splits its items' paths once for all of them). */
  _applySplit({ own, nested }: ReturnType<typeof splitPaths>): Record<string, unknown> {
    const t = this._resolveOrNull();
    this._values.set("isNullObject", t === null);
    if (t === null) return { isNullObject: true };
    const props = this._props();
    // navigation children are looked up only for a name that is not a property (most loads name only properties)
    let navTable: Record<string, () => SimObject<unknown>> | undefined;
    const navs = (): Record<string, () => SimObject<unknown>> => (navTable ??= this._navs());
    const out: Record<string, unknown> = {};
    const names = own.length > 0 ? own : Object.keys(props);
    for (const name of names) {
      const def = props[name];
      const nav = def ? undefined : navs()[name];
      if (def) {
        const v = def.get(t);
        this._values.set(name, v);
        out[name] = v;
      } else if (nav) out[name] = nav()._applyLoad({ paths: [] });
      else throw invalidArgument(`${this._typeName}.load`, `Unknown property '${name}'.`);
    }
    for (const [name, rest] of nested) {
      const nav = navs()[name];
      if (!nav) throw invalidArgument(`${this._typeName}.load`, `Unknown navigation property '${name}'.`);
      out[name] = nav()._applyLoad({ paths: rest });
    }
    return out;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` exists once the collection was loaded and synced. */
export abstract class SimCollection<M, I extends SimObject<M>> extends SimObject<M[]> {
  protected abstract _makeItem(): I;

  protected _props(): Record<string, PropDef<M[]>> {
    return {};
  }

  get items(): I[] {
    return this._read("items");
  }

  override _applyLoad(plan: LoadPlan): Record<string, unknown> {
    const list = this._resolve(`${this._typeName}.load`);
    const from = plan.skip ?? 0;
    const slice = list.slice(from, plan.top === undefined ? undefined : from + plan.top);
    const itemPaths = plan.paths.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    const items = slice.map((m) => {
      const item = this._makeItem();
      item._target = m;
      return item;
    });
    const split = splitPaths(itemPaths);
    const data = items.map((item) => item._applySplit(split));
    this._values.set("items", items);
    return { items: data };
  }

  protected _itemAt(name: string, pick: (list: M[]) => M | undefined, orNull: boolean): I {
    const item = this._makeItem();
    return this._create(item, name, [], false, (list) => {
      const m = pick(list);
      if (m !== undefined) return m;
      if (orNull) return null;
      throw new SimError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.", `${this._typeName}.${name}`);
    });
  }

  getFirst(): I {
    return this._itemAt("getFirst", (l) => l[0], false);
  }

  getFirstOrNullObject(): I {
    return this._itemAt("getFirstOrNullObject", (l) => l[0], true);
  }
}

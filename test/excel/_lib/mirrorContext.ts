// Mirrors every call the adapter makes onto two contexts at once: the fake (which answers: loaded values, null objects,
// failures) and a real Excel.RequestContext from @microsoft/office-js (which builds the request Office.js would send).
// At each sync the real request body is serialised exactly as Office.js serialises it and measured, then dropped (there
// is no Excel to send it to), and the fake's sync runs. A method or property the real library does not have is
// recorded as unknown: Office.js would throw on the method, or silently ignore the property.
// Items of a loaded collection are paired with the real collection's getItem(name): the real library would address
// them through the loaded collection, so later requests may differ from real ones by a few bytes per item.
// Self-contained (no imports) so the contract test can bundle it into a page.

export interface MirrorReport {
  /** UTF-8 bytes of each real request body, in sync order. */
  requests: number[];
  /** Calls and properties the real library does not have, or refused. */
  unknown: string[];
}

type Pair = { fake: any; real: any };

function descriptor(object: any, prop: string): PropertyDescriptor | undefined {
  for (let o = object; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return d;
  }
  return undefined;
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** A context that drives both; its sync measures the real request and runs the fake's. */
export function mirrorContext(fake: any, real: any, report: MirrorReport): any {
  const pairs = new WeakMap<object, Pair>();
  const toFake = (v: any) => (v && typeof v === 'object' || typeof v === 'function') && pairs.has(v) ? pairs.get(v)!.fake : v;
  const toReal = (v: any) => (v && typeof v === 'object' || typeof v === 'function') && pairs.has(v) ? pairs.get(v)!.real : v;
  const unknown = (what: string) => {
    if (!report.unknown.includes(what)) report.unknown.push(what);
  };

  const realItem = (collection: any, item: any, index: number): any => {
    let name: string | undefined;
    try {
      name = item.name;
    } catch {
      name = undefined;
    }
    if (name !== undefined && typeof collection?.getItem === 'function') return collection.getItem(name);
    if (typeof collection?.getItemAt === 'function') return collection.getItemAt(index);
    return undefined;
  };

  const wrap = (f: any, r: any, path: string): any => {
    if (f === null || (typeof f !== 'object' && typeof f !== 'function')) return f;
    const proxy: any = new Proxy(f, {
      get(target, prop) {
        if (typeof prop === 'symbol') return target[prop];
        const d = r ? descriptor(r, prop) : undefined;
        if (r && !d) unknown(`${path}.${prop}`);
        if (d && typeof d.value === 'function') {
          return (...args: any[]) => {
            const result = target[prop](...args.map(toFake));
            let realResult: any;
            try {
              if (prop === 'load' && typeof args[0] === 'string') {
                for (const name of args[0].split(',').map((s: string) => s.trim().split('/')[0]).filter(Boolean)) if (!descriptor(r, name)) unknown(`${path}.load('${name}')`);
              }
              realResult = r[prop](...args.map(toReal));
            } catch (e) {
              unknown(`${path}.${prop}(): ${(e as Error).message}`);
            }
            if (prop === 'load') return proxy;
            return wrap(result, realResult, `${path}.${prop}()`);
          };
        }
        const value = target[prop];
        if (Array.isArray(value)) {
          if (prop !== 'items') return value;
          return value.map((item, i) => wrap(item, realItem(r, item, i), `${path}.items[${i}]`));
        }
        if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
          // A navigation property (format, worksheets, pageLayout ...): its real counterpart is safe to read.
          let realValue: any;
          if (d) {
            try {
              realValue = r[prop];
            } catch (e) {
              unknown(`${path}.${prop}: ${(e as Error).message}`);
            }
          }
          return wrap(value, realValue, `${path}.${prop}`);
        }
        return value;
      },
      set(target, prop, value) {
        target[prop] = toFake(value);
        if (r && typeof prop === 'string') {
          const d = descriptor(r, prop);
          if (!d || (!d.set && !d.writable)) unknown(`set ${path}.${prop}`);
          else {
            try {
              r[prop] = toReal(value);
            } catch (e) {
              unknown(`set ${path}.${prop}: ${(e as Error).message}`);
            }
          }
        }
        return true;
      },
      apply(target, thisArg, args) {
        return Reflect.apply(target, toFake(thisArg), args.map(toFake));
      },
    });
    pairs.set(proxy, { fake: f, real: r });
    return proxy;
  };

  return {
    workbook: wrap(fake.workbook, real.workbook, 'workbook'),
    async sync() {
      const body = real._pendingRequest.buildRequestMessageBodyAndRequestFlags().body;
      report.requests.push(utf8Bytes(JSON.stringify(body)));
      real.m_pendingRequest = null;
      return fake.sync();
    },
  };
}

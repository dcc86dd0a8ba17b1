/**
 * Recount's card and notes keep their content in closed shadow roots, which `host.shadowRoot` does
 * not give back. For the simulated-document tiers: records every shadow root as it is attached in a
 * window, so a test can look inside. `closedRootOf` gives a host's root only while the host hides it
 * (its `shadowRoot` is null), so a root attached open again makes the tests that read through it fail.
 */
const recorded = new WeakMap<Element, ShadowRoot>();
const patched = new WeakSet<object>();

type ClosedRootOf = (host: Element | null | undefined) => ShadowRoot | null;

export function recordShadowRoots(win: typeof globalThis = globalThis): ClosedRootOf {
  const proto = win.Element.prototype;
  if (!patched.has(proto)) {
    patched.add(proto);
    const attach = proto.attachShadow;
    proto.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attach.call(this, init);
      recorded.set(this, root);
      return root;
    };
  }
  return closedRootOf;
}

const closedRootOf: ClosedRootOf = (host) => (host && host.shadowRoot === null ? (recorded.get(host) ?? null) : null);

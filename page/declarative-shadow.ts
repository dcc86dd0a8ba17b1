/**
 * Declarative shadow roots (`<template shadowrootmode="open">`) as a browser's parser attaches
 * them, for a DOM that only parses them as templates (jsdom, the CLI's parser): each open one
 * becomes its parent's open shadow root, so the CLI reads what the browser shows. Closed ones are
 * left as they are (no script could read them in a browser either).
 */
export function attachDeclarativeShadowRoots(doc: Document): number {
  let attached = 0;
  const templates = Array.from(doc.querySelectorAll('template[shadowrootmode="open"], template[shadowroot="open"]')) as HTMLTemplateElement[];
  // A nested template sits in its outer template's content, out of this query: it is attached with its root.
  for (const template of templates) attached += attach(template);
  return attached;
}

function attach(template: HTMLTemplateElement): number {
  const host = template.parentElement;
  if (!host || host.shadowRoot) return 0;
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'open' });
  } catch {
    return 0; // an element that cannot host a shadow root
  }
  root.appendChild(template.content);
  template.remove();
  let attached = 1;
  for (const inner of Array.from(root.querySelectorAll('template[shadowrootmode="open"], template[shadowroot="open"]')) as HTMLTemplateElement[]) attached += attach(inner);
  return attached;
}

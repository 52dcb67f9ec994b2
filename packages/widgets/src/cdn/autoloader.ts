import './strict-csp.js';
import { cdnElements } from './elements.js';

/**
 * The CDN autoloader: one `<script type="module" src=".../autoloader.js">` and the tags in a
 * page's HTML work, with no build step. It defines each `shnro-*` element the first time the
 * tag appears, now or later (pages that render HTML after load, e.g. a CMS's tabs).
 */
const requested = new Set<string>();

function load(tag: string): void {
  const loader = cdnElements[tag];
  if (!loader || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loader().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`[@shnro/widgets] could not load <${tag}>`, error);
  });
}

function discover(root: ParentNode): void {
  for (const tag of Object.keys(cdnElements)) if (root.querySelector(tag)) load(tag);
}

/** Starts watching `root` (the document by default) for `shnro-*` tags. */
export function startAutoloader(root: Document | ShadowRoot = document): MutationObserver {
  discover(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations)
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        const tag = node.localName;
        if (tag in cdnElements) load(tag);
        discover(node);
      }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}

if (typeof document !== 'undefined') startAutoloader();

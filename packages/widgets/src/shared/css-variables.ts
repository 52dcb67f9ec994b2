import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), never as a
 * `style` attribute: Lit's `styleMap` writes the attribute on the first render, which a strict
 * Content-Security-Policy without `'unsafe-inline'` for `style-src-attr` blocks (the CDN pages
 * are served with one). Used in an element's tag: `<div ${cssVariables({ '--rows': '3' })}>`.
 */
class CssVariablesDirective extends Directive {
  private previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVariables() belongs inside an element’s tag.');
  }

  render(_variables: Readonly<Record<`--${string}`, string>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [variables]: [Readonly<Record<`--${string}`, string>>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous.keys()) if (!(name in variables)) style.removeProperty(name);
    for (const [name, value] of Object.entries(variables))
      if (this.previous.get(name) !== value) style.setProperty(name, value);
    this.previous = new Map(Object.entries(variables));
    return noChange;
  }
}

/** CSS custom properties set through the CSSOM, allowed under a strict CSP (see the class). */
export const cssVariables = directive(CssVariablesDirective);

// The app under the server's Content-Security-Policy (docs/security.md "Browser security headers"):
// scripts from the site only, no eval, and <style> elements only with the page's nonce. Imported
// first by main.tsx, before any library runs.
//
// The server sends a fresh nonce with every index.html, in the policy (`style-src 'self'
// 'nonce-…'`) and in <meta name="csp-nonce" nonce="…">; the browser hides the attribute once the
// page is parsed, so it is read from the element's `nonce` property. antd gets it through
// ConfigProvider `csp` (providers.tsx). Libraries that would break the policy are set up here:
//
// - zod tests whether eval works (`Function('')`, a refused eval under the policy) unless it is
//   told not to compile parsers: jitless.
// - @rc-component/util inserts <style> elements without the nonce where antd cannot pass it
//   (the scrollbar measurement of Table and the scroll lock of Modal and Drawer;
//   react-component/util#613, ant-design/ant-design#58150): every <style> element created by
//   script gets the nonce.
// - @rc-component/input sizes an autoSize TextArea with a hidden copy styled by
//   setAttribute('style', …), which the policy refuses: a style attribute set from script is
//   applied through the CSSOM instead (element.style.cssText), which the policy allows, as for
//   React's `style` props.
//
// Only script is affected: a <style> element or a style attribute in parsed markup (an injection)
// is still refused, and scripts themselves come only from the site.
import { z } from 'zod';

const PLACEHOLDER = '__CSP_NONCE__';

function readNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute('nonce') || '';
  // The Vite dev server serves index.html as written: no policy, no nonce.
  return nonce && nonce !== PLACEHOLDER ? nonce : undefined;
}

export const cspNonce = readNonce();

z.config({ jitless: true });

if (cspNonce) {
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = cspNonce;
    return element;
  } as Document['createElement'];

  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && (this instanceof HTMLElement || this instanceof SVGElement)) {
      this.style.cssText = String(value);
      return;
    }
    setAttribute.call(this, name, value);
  };
}

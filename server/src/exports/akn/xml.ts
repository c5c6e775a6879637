/** The smallest XML writing the exports need: escaped text and attributes, elements as strings. */

// Characters XML 1.0 cannot carry at all: left out rather than written as an invalid document.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- naming the control characters XML refuses is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** `<name attrs>children</name>`, or `<name attrs/>` without children; children are already written XML. */
export function element(name: string, attrs: Attributes = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner ? `<${name}${attributes(attrs)}>${inner}</${name}>` : `<${name}${attributes(attrs)}/>`;
}

/** An element holding only text. */
export function textElement(name: string, attrs: Attributes, text: string): string {
  return element(name, attrs, escapeText(text));
}

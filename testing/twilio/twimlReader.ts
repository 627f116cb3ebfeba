/**
 * Reads a TwiML document into a tree, for the REST double and for tests that check what Twilio was
 * told to do. Handles what TwiML uses (elements, attributes, text, the five XML entities, an XML
 * declaration); not a general XML parser.
 */
export type TwimlNode = { name: string; attrs: Record<string, string>; children: TwimlNode[]; text: string };

const xmlUnescape = (text: string) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e as 'lt']!,
  );

export function readTwiml(xml: string): TwimlNode {
  const root: TwimlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<\?[^>]*\?>|<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const [, closing, name, rawAttrs, selfClosing, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      top.text += xmlUnescape(text);
      continue;
    }
    if (!name) continue; // the declaration
    if (closing) {
      if (top.name !== name) throw new Error(`TwiML: </${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (rawAttrs ?? '').matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = xmlUnescape(a[2]);
    const node: TwimlNode = { name, attrs, children: [], text: '' };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`TwiML: <${stack[stack.length - 1].name}> is never closed`);
  const response = root.children[0];
  if (response?.name !== 'Response') throw new Error('TwiML: the root element must be <Response>');
  return response;
}

/** Every element named `name` under `node`, depth first. */
export function findAll(node: TwimlNode, name: string): TwimlNode[] {
  const found: TwimlNode[] = [];
  const walk = (n: TwimlNode) => {
    for (const c of n.children) {
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}

export function findFirst(node: TwimlNode, name: string): TwimlNode | undefined {
  return findAll(node, name)[0];
}

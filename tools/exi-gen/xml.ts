/**
 * A deliberately small XML reader for XSD files: elements, attributes, namespace scopes.
 * XSDs carry no mixed text we need (documentation is skipped), no DTD and no entities beyond the
 * five predefined ones, so a dependency-free tokenizer is enough and keeps the generator self-contained.
 */

export interface XmlNode {
  /** Namespace URI of the element (resolved from its prefix). */
  ns: string;
  local: string;
  attrs: Map<string, string>;
  children: XmlNode[];
  /** In-scope prefix → namespace URI map (used to resolve QName-valued attributes like type="xs:int"). */
  scope: Map<string, string>;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? '';
  });
}

export function parseXml(text: string, file = '<xml>'): XmlNode {
  let i = 0;
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  const attrRe = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) throw new Error(`${file}: unterminated comment`);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<?', lt)) {
      i = text.indexOf('?>', lt) + 2;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      i = text.indexOf(']]>', lt) + 3;
      continue;
    }
    if (text.startsWith('<!', lt)) {
      i = text.indexOf('>', lt) + 1;
      continue;
    }
    const gt = text.indexOf('>', lt);
    if (gt < 0) throw new Error(`${file}: unterminated tag at ${lt}`);
    const raw = text.slice(lt + 1, gt);
    i = gt + 1;
    if (raw.startsWith('/')) {
      stack.pop();
      continue;
    }
    const selfClose = raw.endsWith('/');
    const body = selfClose ? raw.slice(0, -1) : raw;
    const nameMatch = /^([A-Za-z_][\w.:-]*)/.exec(body);
    if (!nameMatch) throw new Error(`${file}: bad tag <${raw}>`);
    const qname = nameMatch[1]!;
    const attrs = new Map<string, string>();
    attrRe.lastIndex = qname.length;
    for (let m = attrRe.exec(body); m; m = attrRe.exec(body)) {
      attrs.set(m[1]!, unescape(m[3] ?? m[4] ?? ''));
    }
    const parent = stack[stack.length - 1];
    const scope = new Map(parent?.scope ?? []);
    for (const [k, v] of attrs) {
      if (k === 'xmlns') scope.set('', v);
      else if (k.startsWith('xmlns:')) scope.set(k.slice(6), v);
    }
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const node: XmlNode = { ns: scope.get(prefix) ?? '', local, attrs, children: [], scope };
    if (parent) parent.children.push(node);
    else root = node;
    if (!selfClose) stack.push(node);
  }
  if (!root) throw new Error(`${file}: no root element`);
  return root;
}

/** Resolves a QName-valued attribute ("xs:int", "FooType") against the node's namespace scope. */
export function resolveQName(node: XmlNode, value: string): { ns: string; local: string } {
  const colon = value.indexOf(':');
  const prefix = colon < 0 ? '' : value.slice(0, colon);
  const local = colon < 0 ? value : value.slice(colon + 1);
  const ns = node.scope.get(prefix);
  if (ns === undefined && prefix !== '') throw new Error(`unknown prefix ${prefix} in ${value}`);
  return { ns: ns ?? '', local };
}

/**
 * Reads raw bytes as one JSON document, strictly: valid UTF-8 without a BOM, nothing after the
 * value, no duplicate key at any depth, nesting and size bounded. Parsing uses momoa (a JSON
 * parser that keeps every member, so duplicates are seen); a depth pre-scan runs first so no
 * input can exhaust the stack.
 */
import { parse, type ValueNode } from '@humanwhocodes/momoa';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
}

export type JsonProblem = 'too_large' | 'invalid_utf8' | 'bom' | 'too_deep' | 'syntax' | 'duplicate_key';

export type StrictJsonResult =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly problem: JsonProblem; readonly detail: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Deepest `[`/`{` nesting outside strings; stops counting once past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

function toValue(node: ValueNode, path: string): JsonValue {
  switch (node.type) {
    case 'Null':
      return null;
    case 'Boolean':
    case 'Number':
    case 'String':
      return node.value;
    case 'Array':
      return node.elements.map((e, i) => toValue(e.value, `${path}[${i}]`));
    case 'Object': {
      // A null prototype: keys such as `__proto__` become plain own properties, never setters.
      const out = Object.create(null) as { [key: string]: JsonValue };
      for (const [i, member] of node.members.entries()) {
        const key = member.name.type === 'String' ? member.name.value : String(member.name.name);
        if (Object.hasOwn(out, key)) throw new DuplicateKey(`${path} member #${i + 1}`);
        out[key] = toValue(member.value, `${path}.#${i + 1}`);
      }
      return out;
    }
    // Stryker disable all: unreachable — momoa in json mode makes only the six node types above
    default:
      throw new SyntaxError('unsupported JSON node');
    // Stryker restore all
  }
}

class DuplicateKey extends Error {}

export function parseStrictJson(bytes: Uint8Array, limits: JsonLimits): StrictJsonResult {
  if (bytes.length > limits.maxBytes) return { ok: false, problem: 'too_large', detail: `more than ${limits.maxBytes} bytes` };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: false, problem: 'bom', detail: 'starts with a byte order mark' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, problem: 'invalid_utf8', detail: 'not valid UTF-8' };
  }
  if (nestingDepth(text, limits.maxDepth) > limits.maxDepth) {
    return { ok: false, problem: 'too_deep', detail: `nested deeper than ${limits.maxDepth}` };
  }
  let root: ValueNode;
  try {
    root = parse(text, { mode: 'json' }).body;
  } catch (error) {
    // momoa's message gives the position and the character; the character may be input, so only the position is kept.
    const where = /\((\d+:\d+)\)/.exec((error as Error).message)?.[1];
    return { ok: false, problem: 'syntax', detail: `not a single JSON value${where ? ` (error at line:column ${where})` : ''}` };
  }
  try {
    return { ok: true, value: toValue(root, '$') };
  } catch (error) {
    if (error instanceof DuplicateKey) return { ok: false, problem: 'duplicate_key', detail: `duplicate key at ${error.message}` };
    throw error;
  }
}

export function isJsonObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** sha256 as 64 lowercase hex digits (the plan pins its apply file so). */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The one hash spelling used everywhere: `sha256:` followed by 64 lowercase hex digits. */
export function sha256Tagged(data: string | Uint8Array): string {
  return `sha256:${sha256Hex(data)}`;
}

/** RFC 8785 canonical JSON, so equal values hash equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no canonical JSON form');
  return text;
}

export function hashCanonical(value: unknown): string {
  return sha256Tagged(canonicalJson(value));
}

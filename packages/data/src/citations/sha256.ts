/**
 * The SHA-256 of a text (as UTF-8) or of raw bytes, as lowercase hex, by Web Crypto: the same
 * call in browsers and in Node.js (≥ 20, where `globalThis.crypto` is built in).
 */
export async function sha256Hex(
  data: string | ArrayBuffer | Uint8Array<ArrayBuffer>,
): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

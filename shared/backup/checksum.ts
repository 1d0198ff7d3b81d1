// Incremental SHA-256 over text, fed line by line: the whole file is never held to be hashed.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

export class LineHasher {
  private readonly hash = sha256.create();

  /** Hashes the line's UTF-8 bytes followed by `\n`. */
  line(text: string): void {
    this.hash.update(encoder.encode(text));
    this.hash.update(NEWLINE);
  }

  hex(): string {
    return bytesToHex(this.hash.digest());
  }
}

const NEWLINE = new Uint8Array([0x0a]);

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

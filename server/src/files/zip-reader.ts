import { Inflate } from 'fflate';

/** A zip archive the server refuses to read: corrupt, encrypted, or too large once unpacked. */
export class UnreadableZipError extends Error {}

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** At most this many entries, and this many bytes unpacked in all, as the archive declares them. */
const MAX_ENTRIES = 10_000;
const MAX_DECLARED_BYTES = 512 * 1024 * 1024;
/** Compressed bytes handed to the inflater at a time, so that no step unpacks more than a few megabytes. */
const INFLATE_STEP = 16 * 1024;

const u16 = (data: Uint8Array, at: number) => data[at]! | (data[at + 1]! << 8);
const u32 = (data: Uint8Array, at: number) => (data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16) | (data[at + 3]! << 24)) >>> 0;

/** Whether the bytes open like a zip archive (a local file header). */
export function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && u32(data, 0) === 0x04034b50;
}

/**
 * Reads a zip archive's central directory and unpacks single entries on demand, within bounds: encrypted
 * entries, unknown compression, zip64 and sizes beyond the caps are refused before anything is unpacked, and
 * each unpacked entry stops at its cap whatever its header claims.
 */
export class ZipReader {
  readonly entries: ReadonlyMap<string, ZipEntry>;

  constructor(private readonly data: Uint8Array) {
    this.entries = readDirectory(data);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, refused when it unpacks to more than `maxBytes`. */
  read(name: string, maxBytes: number): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.size > maxBytes) throw new UnreadableZipError(`${name} is too large to read.`);
    const at = entry.localOffset;
    if (at + 30 > this.data.length || u32(this.data, at) !== 0x04034b50) throw new UnreadableZipError('The archive is corrupt.');
    const start = at + 30 + u16(this.data, at + 26) + u16(this.data, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw new UnreadableZipError('The archive is corrupt.');
    const compressed = this.data.subarray(start, end);
    if (entry.method === 0) return compressed.slice();
    return inflateBounded(compressed, maxBytes);
  }
}

function inflateBounded(compressed: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new UnreadableZipError('An entry of the archive unpacks to more than it may.');
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_STEP) {
      inflater.push(compressed.subarray(at, Math.min(at + INFLATE_STEP, compressed.length)), at + INFLATE_STEP >= compressed.length);
    }
  } catch (error) {
    if (error instanceof UnreadableZipError) throw error;
    throw new UnreadableZipError('The archive is corrupt.');
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function readDirectory(data: Uint8Array): Map<string, ZipEntry> {
  let end = data.length - 22;
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  while (end >= lowest && u32(data, end) !== 0x06054b50) end--;
  if (end < lowest) throw new UnreadableZipError('The archive is corrupt: it has no directory.');
  const count = u16(data, end + 10);
  let at = u32(data, end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new UnreadableZipError('Zip64 archives are not accepted.');
  if (count > MAX_ENTRIES) throw new UnreadableZipError('The archive has too many entries.');
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || u32(data, at) !== 0x02014b50) throw new UnreadableZipError('The archive is corrupt.');
    const flags = u16(data, at + 8);
    const method = u16(data, at + 10);
    const compressedSize = u32(data, at + 20);
    const size = u32(data, at + 24);
    const nameLength = u16(data, at + 28);
    const extraLength = u16(data, at + 30);
    const commentLength = u16(data, at + 32);
    const localOffset = u32(data, at + 42);
    if (at + 46 + nameLength > data.length) throw new UnreadableZipError('The archive is corrupt.');
    const name = new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength));
    if (flags & 0x1) throw new UnreadableZipError('Encrypted archives are not accepted.');
    if (method !== 0 && method !== 8) throw new UnreadableZipError('The archive uses a compression that is not accepted.');
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw new UnreadableZipError('Zip64 archives are not accepted.');
    declared += size;
    if (declared > MAX_DECLARED_BYTES) throw new UnreadableZipError('The archive unpacks to more than it may.');
    entries.set(name, { name, flags, method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

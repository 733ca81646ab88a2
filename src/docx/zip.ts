/**
 * The zip container of a .docx, read with fflate. The central directory is read first, without inflating
 * anything, so entry count, declared sizes, ratios, names and duplicates are judged before a byte is
 * unpacked; then only the parts asked for are inflated, each into a buffer of its declared size (fflate
 * fails rather than grow it, so a part cannot unpack to more than it declares).
 */
import { unzipSync } from 'fflate';
import { mb, readError, ReadError } from './errors';
import type { ReadLimits } from './limits';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  compression: number;
}

/** Local file header signature "PK\x03\x04"; an empty zip starts with the end record "PK\x05\x06". */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1
  );
}

/** A name that would leave the package or is not a plain relative path. */
function unsafeName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || name.includes('\0'))
    return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

/**
 * The entries of a zip's central directory, validated against the limits.
 * @example listEntries(bytes, DEFAULT_LIMITS).map((e) => e.name) // ["[Content_Types].xml", "word/document.xml", ...]
 */
export function listEntries(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        if (entries.length >= limits.maxEntries) throw readError('tooManyEntries', limits.maxEntries);
        const name = file.name;
        if (unsafeName(name)) throw readError('unsafePath', name.slice(0, 200));
        // Part names in a package compare case-insensitively (OPC); two spellings of one name are one part.
        const key = name.toLowerCase();
        if (seen.has(key)) throw readError('duplicateEntry', name.slice(0, 200));
        seen.add(key);
        total += file.originalSize;
        if (total > limits.maxTotalUncompressed) {
          throw readError('tooLargeUnpacked', mb(total), mb(limits.maxTotalUncompressed));
        }
        entries.push({
          name,
          compressedSize: file.size,
          size: file.originalSize,
          compression: file.compression,
        });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw readError('damagedZip');
  }
  return entries;
}

/**
 * Inflates the named entries (already listed and validated by `listEntries`), checking each one's size and
 * ratio first. Names not in the zip are left out of the result.
 */
export function inflateEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  names: ReadonlySet<string>,
  limits: ReadLimits,
): Map<string, Uint8Array> {
  for (const entry of entries) {
    if (!names.has(entry.name)) continue;
    if (entry.size > limits.maxPartBytes || entry.compressedSize > limits.maxPartBytes) {
      const size = Math.max(entry.size, entry.compressedSize);
      throw readError('partTooLarge', entry.name, mb(size), mb(limits.maxPartBytes));
    }
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw readError('ratioTooHigh', entry.name, Math.round(ratio));
    }
    if (entry.compression !== 0 && entry.compression !== 8) {
      throw readError('unsupportedCompression', entry.name);
    }
  }
  let current = '';
  try {
    const files = unzipSync(bytes, {
      filter(file) {
        current = file.name;
        return names.has(file.name);
      },
    });
    return new Map(Object.entries(files));
  } catch {
    throw readError('damagedEntry', current);
  }
}

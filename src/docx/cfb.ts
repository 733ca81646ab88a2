/**
 * Just enough of the Compound File Binary format (MS-CFB) to say why a file that starts with D0 CF 11 E0 is
 * not a .docx: a password-protected .docx keeps its package in an `EncryptedPackage` stream, a legacy .doc
 * has a `WordDocument` stream. Reads the header, the FAT and the directory chain; every loop is bounded by
 * the number of sectors in the file, so a hostile file cannot make it spin.
 */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;

export function looksLikeCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

export type CompoundKind = 'encrypted' | 'doc' | 'other';

/**
 * The names of the streams and storages in a compound file's directory; undefined when the structure is
 * damaged.
 * @example compoundEntryNames(bytes) // ["Root Entry", "EncryptionInfo", "EncryptedPackage", ...]
 */
export function compoundEntryNames(bytes: Uint8Array): string[] | undefined {
  if (!looksLikeCompoundFile(bytes) || bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const u32 = (offset: number) => (offset + 4 <= bytes.length ? view.getUint32(offset, true) : END_OF_CHAIN);

  // The FAT's sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(0x4c + i * 4);
    if (s <= MAX_REGULAR_SECTOR) fatSectors.push(s);
  }
  let difat = u32(0x44);
  for (let hops = 0; difat <= MAX_REGULAR_SECTOR && hops < sectorCount; hops++) {
    const base = offsetOf(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = u32(base + i * 4);
      if (s <= MAX_REGULAR_SECTOR) fatSectors.push(s);
    }
    difat = u32(base + perSector * 4);
  }
  const next = (sector: number): number => {
    const perFat = sectorSize / 4;
    const fat = fatSectors[Math.floor(sector / perFat)];
    if (fat === undefined) return END_OF_CHAIN;
    return u32(offsetOf(fat) + (sector % perFat) * 4);
  };

  const names: string[] = [];
  let sector = u32(0x30);
  for (let hops = 0; sector <= MAX_REGULAR_SECTOR; hops++) {
    if (hops >= sectorCount || sector >= sectorCount) return names.length > 0 ? names : undefined;
    const base = offsetOf(sector);
    for (let entry = 0; entry < sectorSize / 128; entry++) {
      const at = base + entry * 128;
      if (at + 128 > bytes.length) break;
      const type = bytes[at + 0x42];
      const nameBytes = view.getUint16(at + 0x40, true);
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes / 2 - 1; i++)
        name += String.fromCharCode(view.getUint16(at + i * 2, true));
      names.push(name);
    }
    sector = next(sector);
  }
  // Every compound file has a root entry; a directory without one is damage, not an empty file.
  return names.length > 0 ? names : undefined;
}

/**
 * What a compound file holds, as far as the reader cares; undefined when it is damaged.
 * @example compoundKind(encryptedDocx) // "encrypted"
 */
export function compoundKind(bytes: Uint8Array): CompoundKind | undefined {
  const names = compoundEntryNames(bytes);
  if (!names) return undefined;
  if (names.includes('EncryptedPackage')) return 'encrypted';
  if (names.includes('WordDocument')) return 'doc';
  return 'other';
}

/**
 * A .docx's zip as an Open Packaging Conventions package: parts inflated on demand with the zip limits. The
 * zip-free parts of the package model (flat OPC, relationships, the Word parts) live in opc.ts and are
 * re-exported here.
 */
import type { ReadLimits } from './limits';
import type { PackageParts } from './opc';
import { parseXml, type XmlNode } from './xml';
import { inflateEntries, listEntries, type ZipEntry } from './zip';

export {
  FlatPackage,
  relationships,
  resolveTarget,
  wordParts,
  type PackageParts,
  type Relationship,
  type WordParts,
} from './opc';

export class ZipPackage implements PackageParts {
  private readonly entries: ZipEntry[];
  private readonly byLowerName = new Map<string, ZipEntry>();
  private readonly bytesByName = new Map<string, Uint8Array>();
  private readonly parsed = new Map<string, XmlNode[]>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
  ) {
    this.entries = listEntries(bytes, limits);
    for (const entry of this.entries) this.byLowerName.set(entry.name.toLowerCase(), entry);
  }

  has(name: string): boolean {
    return this.byLowerName.has(name.toLowerCase());
  }

  prefetch(names: readonly string[]): void {
    const wanted = new Set<string>();
    for (const name of names) {
      const entry = this.byLowerName.get(name.toLowerCase());
      if (entry && !this.bytesByName.has(entry.name)) wanted.add(entry.name);
    }
    if (wanted.size === 0) return;
    for (const [name, data] of inflateEntries(this.bytes, this.entries, wanted, this.limits)) {
      this.bytesByName.set(name, data);
    }
  }

  raw(name: string): Uint8Array | undefined {
    const entry = this.byLowerName.get(name.toLowerCase());
    if (!entry) return undefined;
    this.prefetch([entry.name]);
    return this.bytesByName.get(entry.name);
  }

  xml(name: string): XmlNode[] | undefined {
    const entry = this.byLowerName.get(name.toLowerCase());
    if (!entry) return undefined;
    let nodes = this.parsed.get(entry.name);
    if (nodes) return nodes;
    this.prefetch([entry.name]);
    const data = this.bytesByName.get(entry.name);
    if (!data) return undefined;
    nodes = parseXml(data, entry.name, this.limits);
    this.parsed.set(entry.name, nodes);
    // The bytes are no longer needed once parsed.
    this.bytesByName.delete(entry.name);
    return nodes;
  }
}

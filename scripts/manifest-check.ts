// Checks manifest.xml against what this add-in needs and what the XML manifest schema and Office expect,
// without the network (`office-addin-manifest validate` needs Microsoft's validation service). A developer
// tool: English output. Run: npm run manifest:check
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';

/** An element of the parsed manifest: its qualified name, attributes, element children and text. */
interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** The OfficeApp children in the order the schema's sequence requires (TaskPaneApp, schema 1.1). */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Anything that looks like an attempt at a GUID: long runs of hex digits split by dashes. */
const GUID_LIKE = /^\{?[0-9a-f]{6,}(-[0-9a-z]+){2,}\}?$/i;
/** Common short Danish words; a Danish sentence of some length contains a few of them. */
const DANISH_WORDS = new Set([
  'og',
  'at',
  'til',
  'om',
  'af',
  'for',
  'med',
  'i',
  'på',
  'en',
  'et',
  'der',
  'som',
  'du',
]);
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const DESCRIPTION_MAX = 250;
/** The pixel sizes Office documents for the two top-level icons. */
const TOP_LEVEL_ICON_SIZES: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name === '#text') return undefined;
  const content = (node[name] as OrderedNode[] | undefined) ?? [];
  return {
    name,
    attrs: node[':@'] ?? {},
    children: content.map(toElement).filter((child): child is XmlElement => child !== undefined),
    text: content
      .filter((child) => '#text' in child)
      .map((child) => String(child['#text']))
      .join(''),
  };
}

/** Parses XML into elements in document order (fast-xml-parser's preserveOrder form, normalised). */
function parse(xml: string): XmlElement | undefined {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    ignoreDeclaration: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  return nodes.map(toElement).find((element) => element !== undefined);
}

const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element?.children.filter((child) => child.name === name) ?? [];
const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  childrenNamed(element, name)[0];

function descendants(element: XmlElement, predicate: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (predicate(e)) found.push(e);
    e.children.forEach(visit);
  };
  visit(element);
  return found;
}

/** The size in pixels a name declares: `Icon.32x32`, `icon-32.png`. */
function declaredSize(name: string): number | undefined {
  const match = /(\d+)x\1(?!\d)/.exec(name) ?? /-(\d+)\.png$/i.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Reads a PNG's dimensions; undefined when the file is not a readable PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  try {
    const png = PNG.sync.read(readFileSync(file));
    return { width: png.width, height: png.height };
  } catch {
    return undefined;
  }
}

/**
 * Checks a manifest's text and returns the problems found, one sentence each (empty when all is well).
 * Icon URLs are resolved to files in `assetsDir` by the part of their path after `/assets/`.
 *
 * @example
 * checkManifest(readFileSync('manifest.xml', 'utf8'), 'assets') // => []
 */
/** Office's limit on resource ids (bt:Image, bt:Url, bt:String). */
const RESOURCE_ID_MAX = 32;

export function checkManifest(xml: string, assetsDir: string): string[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`manifest is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const root = parse(xml);
  if (root?.name !== 'OfficeApp') return ['the root element must be <OfficeApp>'];

  const problems: string[] = [];
  const problem = (message: string): void => {
    problems.push(message);
  };
  const value = (name: string): string | undefined => childNamed(root, name)?.attrs.DefaultValue;

  // The add-in's identity and host.
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') problem('OfficeApp must have xsi:type="TaskPaneApp"');
  const locale = childNamed(root, 'DefaultLocale')?.text;
  if (locale !== 'da-DK') problem(`DefaultLocale must be da-DK, not ${JSON.stringify(locale)}`);
  const displayName = value('DisplayName');
  if (displayName !== 'Aktindsigt')
    problem(`DisplayName must be "Aktindsigt", not ${JSON.stringify(displayName)}`);
  const description = value('Description')?.trim() ?? '';
  const danishWords = description
    .toLowerCase()
    .split(/[^a-zæøå]+/)
    .filter((word) => DANISH_WORDS.has(word));
  if (description === '') problem('Description must not be empty');
  else if (danishWords.length < 2)
    problem(`Description does not read as Danish: ${JSON.stringify(description)}`);
  if (description.length > DESCRIPTION_MAX)
    problem(`Description is longer than ${DESCRIPTION_MAX} characters`);
  if (!childNamed(root, 'ProviderName')?.text) problem('ProviderName must not be empty');
  const permissions = childNamed(root, 'Permissions')?.text;
  if (permissions !== 'ReadWriteDocument') {
    problem(`Permissions must be exactly ReadWriteDocument, not ${JSON.stringify(permissions)}`);
  }
  const hosts = childrenNamed(childNamed(root, 'Hosts'), 'Host').map((host) => host.attrs.Name);
  if (!hosts.includes('Document')) problem('Hosts must contain <Host Name="Document"/> (Word)');

  // Requirements: WordApi 1.3, placed where the schema's sequence wants it.
  const sets = childrenNamed(childNamed(childNamed(root, 'Requirements'), 'Sets'), 'Set');
  const wordApi = sets.find((set) => set.attrs.Name === 'WordApi');
  if (!wordApi) problem('Requirements must name the WordApi set');
  else if (wordApi.attrs.MinVersion !== '1.3') {
    problem(
      `Requirements must ask for WordApi MinVersion 1.3, not ${JSON.stringify(wordApi.attrs.MinVersion)}`,
    );
  }
  let previous: { name: string; rank: number } | undefined;
  for (const child of root.children) {
    const rank = SCHEMA_ORDER.indexOf(child.name);
    if (rank === -1) {
      problem(`<${child.name}> is not an OfficeApp element of a task pane manifest`);
      continue;
    }
    if (previous && rank < previous.rank) problem(`<${child.name}> must come before <${previous.name}>`);
    else previous = { name: child.name, rank };
  }

  // Ids: the add-in's Id is a GUID, and so is anything else that tries to look like one.
  const id = childNamed(root, 'Id')?.text ?? '';
  if (!GUID.test(id)) problem(`Id must be a GUID, not ${JSON.stringify(id)}`);
  else if (/^[0-]+$/.test(id)) problem('Id must not be the nil GUID');
  for (const element of descendants(root, () => true)) {
    const candidates = [element.text, ...Object.values(element.attrs)].map((text) => text.trim());
    for (const candidate of candidates) {
      if (candidate !== id && GUID_LIKE.test(candidate) && !GUID.test(candidate)) {
        problem(
          `<${element.name}> holds ${JSON.stringify(candidate)}, which looks like a GUID but is not one`,
        );
      }
    }
  }

  // URLs: https only.
  for (const element of descendants(root, () => true)) {
    for (const [attr, text] of Object.entries(element.attrs)) {
      if (attr.startsWith('xmlns')) continue; // namespace names are identifiers, not addresses
      if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !text.startsWith('https://')) {
        problem(`<${element.name} ${attr}="${text}">: every URL must start with https://`);
      }
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(element.text) && !element.text.startsWith('https://')) {
      problem(`<${element.name}>${element.text}: every URL must start with https://`);
    }
  }
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const url = value(name);
    if (url !== undefined && !url.startsWith('https://')) problem(`${name} must be an absolute https:// URL`);
  }
  const source = childNamed(childNamed(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue;
  if (!source?.startsWith('https://')) problem('DefaultSettings must have an https:// SourceLocation');

  // Resources, and every resid resolving to one of the right kind.
  const overrides = childNamed(root, 'VersionOverrides');
  const resources = childNamed(overrides, 'Resources');
  const resourceMap = (group: string, item: string): Map<string, string> =>
    new Map(
      childrenNamed(childNamed(resources, group), item).map((e) => [
        e.attrs.id ?? '',
        e.attrs.DefaultValue ?? '',
      ]),
    );
  const images = resourceMap('bt:Images', 'bt:Image');
  const urls = resourceMap('bt:Urls', 'bt:Url');
  const shortStrings = resourceMap('bt:ShortStrings', 'bt:String');
  const longStrings = resourceMap('bt:LongStrings', 'bt:String');
  for (const [kind, map] of [
    ['bt:Image', images],
    ['bt:Url', urls],
  ] as const) {
    for (const [resId, url] of map) {
      if (!url.startsWith('https://'))
        problem(`${kind} ${resId} must be an absolute https:// URL, not "${url}"`);
    }
  }
  for (const [kind, map, max] of [
    ['ShortString', shortStrings, SHORT_STRING_MAX],
    ['LongString', longStrings, LONG_STRING_MAX],
  ] as const) {
    for (const [resId, text] of map) {
      if (text.trim() === '') problem(`${kind} ${resId} is empty`);
      if (text.length > max) problem(`${kind} ${resId} is longer than ${max} characters`);
    }
  }
  const allIds = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
  for (const duplicate of new Set(allIds.filter((resId, i) => allIds.indexOf(resId) !== i))) {
    problem(`resource id ${duplicate} is defined more than once`);
  }
  const expectedKind = (element: XmlElement, parent: XmlElement | undefined): Map<string, string> => {
    if (element.name === 'bt:Image' || element.name === 'Image') return images;
    if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(element.name)) return urls;
    if (element.name === 'Description' && parent?.name !== 'Group') return longStrings;
    return shortStrings;
  };
  const visitResids = (element: XmlElement, parent: XmlElement | undefined): void => {
    const resId = element.attrs.resid;
    if (resId !== undefined && !expectedKind(element, parent).has(resId)) {
      problem(`<${element.name} resid="${resId}"> does not resolve to a resource of the right kind`);
    }
    element.children.forEach((child) => visitResids(child, element));
  };
  if (overrides) visitResids(overrides, root);

  // The ribbon: a group on the Home tab with the two buttons, both opening the same task pane.
  const wordHost = childrenNamed(childNamed(overrides, 'Hosts'), 'Host').find(
    (host) => host.attrs['xsi:type'] === 'Document',
  );
  const desktop = childNamed(wordHost, 'DesktopFormFactor');
  if (!overrides) problem('VersionOverrides (the ribbon) is missing');
  else if (!desktop) problem('VersionOverrides must have a Document host with a DesktopFormFactor');
  const functionFile = childNamed(desktop, 'FunctionFile');
  if (desktop && !functionFile)
    problem('DesktopFormFactor must have a FunctionFile (the schema requires one)');
  const homeTab = childrenNamed(desktop, 'ExtensionPoint')
    .filter((point) => point.attrs['xsi:type'] === 'PrimaryCommandSurface')
    .flatMap((point) => childrenNamed(point, 'OfficeTab'))
    .find((tab) => tab.attrs.id === 'TabHome');
  const group = childNamed(homeTab, 'Group');
  const label = (element: XmlElement | undefined): string | undefined =>
    shortStrings.get(childNamed(element, 'Label')?.attrs.resid ?? '');
  if (desktop && !group) problem('the ribbon needs a Group on <OfficeTab id="TabHome">');
  if (group && label(group) !== 'Aktindsigt') problem('the Home-tab group must be labelled "Aktindsigt"');
  const controls = childrenNamed(group, 'Control');
  const button = (text: string): XmlElement | undefined =>
    controls.find((control) => label(control) === text);
  const taskpaneIds: (string | undefined)[] = [];
  for (const [text, view] of [
    ['Aktindsigt', null],
    ['Kontrollér brev', 'kontrol'],
  ] as const) {
    const control = button(text);
    if (!control) {
      if (group) problem(`the Home-tab group must hold a button labelled "${text}"`);
      continue;
    }
    const supertip = childNamed(control, 'Supertip');
    if (!shortStrings.get(childNamed(supertip, 'Title')?.attrs.resid ?? '')) {
      problem(`button "${text}" needs a supertip title`);
    }
    if (!longStrings.get(childNamed(supertip, 'Description')?.attrs.resid ?? '')) {
      problem(`button "${text}" needs a supertip description`);
    }
    const action = childNamed(control, 'Action');
    if (action?.attrs['xsi:type'] !== 'ShowTaskpane') {
      problem(`button "${text}" must have an Action of xsi:type ShowTaskpane`);
      continue;
    }
    taskpaneIds.push(childNamed(action, 'TaskpaneId')?.text);
    const url = urls.get(childNamed(action, 'SourceLocation')?.attrs.resid ?? '');
    let actual: string | null | undefined;
    try {
      actual = url === undefined ? undefined : new URL(url).searchParams.get('view');
    } catch {
      actual = undefined;
    }
    if (url === undefined || actual === undefined) problem(`button "${text}" needs a SourceLocation URL`);
    else if (actual !== view) {
      problem(
        `button "${text}" must open ${view ? `the pane with view=${view}` : 'the pane without a view'}`,
      );
    }
  }
  if (taskpaneIds.length === 2 && (taskpaneIds[0] === undefined || taskpaneIds[0] !== taskpaneIds[1])) {
    problem('both buttons must show the same task pane (equal TaskpaneId)');
  }

  // Icons: each referenced file exists in assets/ and is as large as every name and size attribute says.
  const checkIcon = (url: string, what: string, sizes: number[]): void => {
    const at = url.indexOf('/assets/');
    if (at === -1) {
      problem(`${what} (${url}) is not served from assets/`);
      return;
    }
    const file = join(assetsDir, decodeURIComponent(url.slice(at + '/assets/'.length)));
    if (!existsSync(file)) {
      problem(`${what} refers to ${url}, but ${file} does not exist`);
      return;
    }
    const size = pngSize(file);
    if (!size) {
      problem(`${what}: ${file} is not a readable PNG`);
      return;
    }
    const fromName = declaredSize(basename(file));
    for (const expected of new Set(fromName === undefined ? sizes : [...sizes, fromName])) {
      if (size.width !== expected || size.height !== expected) {
        problem(
          `${what}: ${file} is ${size.width}x${size.height} px, but ${expected}x${expected} is declared`,
        );
      }
    }
  };
  const sizeReferences = descendants(
    root,
    (e) => (e.name === 'bt:Image' || e.name === 'Image') && !!e.attrs.resid,
  );
  for (const [resId, url] of images) {
    const sizes = sizeReferences
      .filter((ref) => ref.attrs.resid === resId)
      .map((ref) => Number(ref.attrs.size));
    const fromId = declaredSize(resId);
    checkIcon(url, `bt:Image ${resId}`, fromId === undefined ? sizes : [...sizes, fromId]);
  }
  for (const [name, size] of Object.entries(TOP_LEVEL_ICON_SIZES)) {
    const url = value(name);
    if (url === undefined) problem(`${name} is missing`);
    else checkIcon(url, name, [size]);
  }

  // Resources: Office rejects an id longer than 32 characters, a short string over 125, a long one over 250.
  for (const element of descendants(root, (e) => e.name.startsWith('bt:') && e.attrs.id !== undefined)) {
    const resId = element.attrs.id ?? '';
    if (resId.length > RESOURCE_ID_MAX) {
      problem(`resource id ${JSON.stringify(resId)} is longer than ${RESOURCE_ID_MAX} characters`);
    }
  }
  const stringLimits: [string, number][] = [
    ['bt:ShortStrings', 125],
    ['bt:LongStrings', 250],
  ];
  for (const [group, max] of stringLimits) {
    for (const groupElement of descendants(root, (e) => e.name === group)) {
      for (const string of childrenNamed(groupElement, 'bt:String')) {
        if ((string.attrs.DefaultValue ?? '').length > max) {
          problem(`${group} ${string.attrs.id} is longer than ${max} characters`);
        }
      }
    }
  }

  return problems;
}

function main(argv: string[]): number {
  const manifest = argv[0] ?? 'manifest.xml';
  const assetsDir = argv[1] ?? join(dirname(resolve(manifest)), 'assets');
  const problems = checkManifest(readFileSync(manifest, 'utf8'), assetsDir);
  for (const message of problems) console.error(`${manifest}: ${message}`);
  if (problems.length === 0) console.log(`${manifest}: no problems found`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}

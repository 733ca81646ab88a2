// The add-in manifest: the real one passes the checker, each deliberate mistake is caught, and the production
// rewrite of the development URLs keeps it valid.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../scripts/manifest-check';
import { DEFAULT_PUBLIC_URL, DEV_URL, rewriteManifestUrls } from '../scripts/manifest-url.js';

const ROOT = join(import.meta.dirname, '..');
const ASSETS = join(ROOT, 'assets');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** The real manifest with `from` replaced by `to` everywhere; fails if `from` is not there. */
function mutate(from: string | RegExp, to: string): string {
  const pattern =
    typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : from;
  expect(MANIFEST, `mutation source ${String(from)}`).toMatch(pattern);
  return MANIFEST.replace(pattern, to);
}

/** The second button's Action element (the check view). */
const CHECK_ACTION =
  /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]*<\/TaskpaneId>\s*<SourceLocation resid="Aktindsigt\.CheckView\.Url"\/>\s*<\/Action>/;

describe('manifest.xml', () => {
  it('has no problems', () => {
    expect(checkManifest(MANIFEST, ASSETS)).toEqual([]);
  });

  const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(MANIFEST)?.[0] ?? '';
  const hostsThenRequirements =
    /<Hosts>\s*<Host Name="Document"\/>\s*<\/Hosts>\s*<Requirements>[\s\S]*?<\/Requirements>/;

  it.each<[string, string, RegExp]>([
    ['the locale is not Danish', mutate('<DefaultLocale>da-DK<', '<DefaultLocale>en-US<'), /DefaultLocale/],
    [
      'a resource id is longer than Office allows (32 characters)',
      mutate(/"Aktindsigt\.PaneButton\.Tooltip"/g, '"Aktindsigt.TaskpaneButton.Tooltip"'),
      /longer than 32 characters/,
    ],
    [
      'a ribbon label is longer than 125 characters',
      mutate(/(<bt:String id="Aktindsigt\.Group\.Label" DefaultValue=")[^"]*"/, `$1${'x'.repeat(126)}"`),
      /longer than 125 characters/,
    ],
    [
      'the display name differs',
      mutate('DisplayName DefaultValue="Aktindsigt"', 'DisplayName DefaultValue="Access"'),
      /DisplayName/,
    ],
    [
      'the description is empty',
      mutate(/(<Description DefaultValue=")[^"]*"/, '$1"'),
      /Description must not be empty/,
    ],
    [
      'the description is English',
      mutate(
        /(<Description DefaultValue=")[^"]*"/,
        '$1Helps write and check decisions on access to documents."',
      ),
      /Danish/,
    ],
    ['the permission is too weak', mutate('>ReadWriteDocument<', '>ReadDocument<'), /Permissions/],
    ['Word is not a host', mutate('<Host Name="Document"/>', '<Host Name="Workbook"/>'), /Hosts/],
    [
      'the WordApi version is lower',
      mutate('<Set Name="WordApi" MinVersion="1.3"/>', '<Set Name="WordApi" MinVersion="1.1"/>'),
      /WordApi/,
    ],
    ['WordApi is not required', mutate('Name="WordApi"', 'Name="DialogApi"'), /WordApi/],
    [
      'Requirements comes before Hosts',
      mutate(hostsThenRequirements, `${requirements.trim()}\n  <Hosts><Host Name="Document"/></Hosts>`),
      /<Hosts> must come before <Requirements>/,
    ],
    ['the Id is not a GUID', mutate(/<Id>([0-9a-f-]+)[0-9a-f]<\/Id>/, '<Id>$1</Id>'), /Id must be a GUID/],
    [
      'the Id is the nil GUID',
      mutate(/<Id>[^<]*<\/Id>/, '<Id>00000000-0000-0000-0000-000000000000</Id>'),
      /nil GUID/,
    ],
    [
      'another id looks like a broken GUID',
      mutate('>Aktindsigt.Taskpane<', '>12345678-1234-1234-1234-12345<'),
      /looks like a GUID/,
    ],
    [
      'a resource URL is http',
      mutate('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'),
      /https/,
    ],
    [
      'the source location is http',
      mutate('<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://'),
      /https/,
    ],
    [
      'an icon URL is relative',
      mutate('DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="assets/icon-16.png"'),
      /https/,
    ],
    [
      'the check button has another label',
      mutate('DefaultValue="Kontrollér brev"', 'DefaultValue="Check letter"'),
      /"Kontrollér brev"/,
    ],
    [
      'the check button runs a function',
      mutate(CHECK_ACTION, '<Action xsi:type="ExecuteFunction"><FunctionName>check</FunctionName></Action>'),
      /ShowTaskpane/,
    ],
    [
      'the check view is not asked for',
      mutate('taskpane.html?view=kontrol', 'taskpane.html'),
      /view=kontrol/,
    ],
    [
      'the buttons open different panes',
      mutate(
        CHECK_ACTION,
        '<Action xsi:type="ShowTaskpane"><TaskpaneId>Other</TaskpaneId><SourceLocation resid="Aktindsigt.CheckView.Url"/></Action>',
      ),
      /same task pane/,
    ],
    [
      'the group is not on the Home tab',
      mutate('<OfficeTab id="TabHome">', '<OfficeTab id="TabInsert">'),
      /TabHome/,
    ],
    [
      'there is no function file',
      mutate('<FunctionFile resid="Aktindsigt.Commands.Url"/>', ''),
      /FunctionFile/,
    ],
    [
      'a resid does not resolve',
      mutate('resid="Aktindsigt.CheckButton.Tooltip"', 'resid="Missing.Tooltip"'),
      /resolve/,
    ],
    [
      'a resid points to the wrong kind of resource',
      mutate(
        '<FunctionFile resid="Aktindsigt.Commands.Url"/>',
        '<FunctionFile resid="Aktindsigt.Group.Label"/>',
      ),
      /FunctionFile resid="Aktindsigt.Group.Label"/,
    ],
    [
      'a short string is too long',
      mutate('DefaultValue="Kontrollér brev"', `DefaultValue="${'x'.repeat(126)}"`),
      /longer than 125/,
    ],
    [
      'an icon id declares another size than the file has',
      mutate(
        'id="Aktindsigt.Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        'id="Aktindsigt.Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"',
      ),
      /16x16 px, but 32x32 is declared/,
    ],
    [
      'a size attribute differs from the file',
      mutate(
        '<bt:Image size="80" resid="Aktindsigt.Icon.80x80"/>',
        '<bt:Image size="64" resid="Aktindsigt.Icon.80x80"/>',
      ),
      /80x80 px, but 64x64 is declared/,
    ],
    [
      'an icon file is missing',
      mutate('assets/icon-64.png', 'assets/icon-48.png'),
      /icon-48.png does not exist/,
    ],
    [
      'the high-resolution icon is too small',
      mutate(
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      ),
      /HighResolutionIconUrl.*but 64x64 is declared/,
    ],
    ['the XML is not well-formed', mutate('</OfficeApp>', ''), /well-formed/],
  ])('finds a problem when %s', (_name, xml, expected) => {
    const problems = checkManifest(xml, ASSETS);
    expect(
      problems.some((message) => expected.test(message)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('finds an icon file whose pixels do not match its name', () => {
    const assets = mkdtempSync(join(tmpdir(), 'aktindsigt-assets-'));
    for (const size of [16, 64, 80])
      copyFileSync(join(ASSETS, `icon-${size}.png`), join(assets, `icon-${size}.png`));
    writeFileSync(join(assets, 'icon-32.png'), PNG.sync.write(new PNG({ width: 16, height: 16 })));
    const problems = checkManifest(MANIFEST, assets);
    expect(problems.some((message) => /icon-32\.png is 16x16 px, but 32x32 is declared/.test(message))).toBe(
      true,
    );
  });
});

describe('rewriteManifestUrls', () => {
  it('moves every development URL to the public address and keeps the manifest valid', () => {
    const rewritten = rewriteManifestUrls(MANIFEST, 'https://intranet.example.dk/aktindsigt/');
    expect(rewritten).not.toContain(DEV_URL);
    expect(rewritten).toContain('"https://intranet.example.dk/aktindsigt/taskpane.html?view=kontrol"');
    expect(checkManifest(rewritten, ASSETS)).toEqual([]);
  });

  it('rewrites to the documented default', () => {
    expect(rewriteManifestUrls(`<a b="${DEV_URL}x.html"/>`, DEFAULT_PUBLIC_URL)).toBe(
      '<a b="https://www.contoso.com/aktindsigt/x.html"/>',
    );
  });

  it('adds a missing trailing slash', () => {
    expect(rewriteManifestUrls(`<a b="${DEV_URL}assets/icon-16.png"/>`, 'https://x.dk/a')).toBe(
      '<a b="https://x.dk/a/assets/icon-16.png"/>',
    );
  });

  it('escapes an ampersand for XML', () => {
    const rewritten = rewriteManifestUrls(MANIFEST, 'https://x.dk/a&b/');
    expect(rewritten).toContain('https://x.dk/a&amp;b/taskpane.html');
    expect(checkManifest(rewritten, ASSETS)).toEqual([]);
  });

  it.each(['http://x.dk/', 'x.dk/aktindsigt/', '', 'https://x.dk/?a=1'])('refuses %j', (url) => {
    expect(() => rewriteManifestUrls(MANIFEST, url)).toThrow(/ADDIN_PUBLIC_URL/);
  });
});

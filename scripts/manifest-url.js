// The production rewrite of the manifest's development address, kept apart from webpack.config.js so that it
// can be tested. Plain JavaScript because webpack.config.js imports it directly under Node.

/** The address every URL in manifest.xml starts with during development (`npm run start:word`). */
export const DEV_URL = 'https://localhost:3000/';

/** Where `npm run build` points the manifest when ADDIN_PUBLIC_URL is not set: a placeholder, like the template's. */
export const DEFAULT_PUBLIC_URL = 'https://www.contoso.com/aktindsigt/';

/**
 * Replaces every occurrence of DEV_URL in a manifest with the public address the add-in is deployed to.
 * The address must be https (Office loads add-ins over https only); a missing trailing slash is added, and
 * characters that are special in XML attributes are escaped.
 *
 * @param {string} xml the manifest text
 * @param {string} publicUrl e.g. `https://intranet.example.dk/aktindsigt/`
 * @returns {string} the manifest with the development address replaced
 * @example
 * rewriteManifestUrls('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', 'https://x.dk/a')
 * // => '<IconUrl DefaultValue="https://x.dk/a/assets/icon-32.png"/>'
 */
export function rewriteManifestUrls(xml, publicUrl) {
  let url;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a valid URL: ${JSON.stringify(publicUrl)}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_PUBLIC_URL must start with https:// (Office loads add-ins over https only): ${publicUrl}`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must be a plain folder address without ? or #: ${publicUrl}`);
  }
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  const escaped = base
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return xml.split(DEV_URL).join(escaped);
}

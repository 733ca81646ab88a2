/**
 * "Eksportér profile.json": the profile as the file an administrator deploys beside the add-in, handed to the
 * browser as a download from memory (a Blob and an object URL; nothing leaves the machine).
 */
import type { AuthorityProfile } from '../../letter/types';

/**
 * The file's text: the profile as JSON, indented for the administrator to read, with a final newline.
 * @example profileJson(EXAMPLE_PROFILE).startsWith('{\n  "name": "Eksempel Kommune"') // true
 */
export function profileJson(profile: AuthorityProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Starts the download of `profile.json` holding the profile. */
export function downloadProfile(profile: AuthorityProfile, fileName = 'profile.json'): void {
  const blob = new Blob([profileJson(profile)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser reads the URL when the click is handled; release it once that has happened.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

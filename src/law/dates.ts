/** Dates the Danish way, with date-fns. */
import { format, parseISO } from 'date-fns';
import { da } from 'date-fns/locale';

/**
 * An ISO date (YYYY-MM-DD) as Danish text.
 * @example danishDate('2025-03-10') // "10. marts 2025"
 */
export function danishDate(iso: string): string {
  return format(parseISO(iso), 'd. MMMM yyyy', { locale: da });
}

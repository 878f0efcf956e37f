/** Formatting for readers: dates and counts as a news site prints them. */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats an ISO date as "29 Aug 2021"; null as "Date unknown". */
export function formatDate(iso: string | null): string {
  if (!iso) return 'Date unknown';
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

/** Formats a count with its noun, singular or plural: "1 word", "1,563 words". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

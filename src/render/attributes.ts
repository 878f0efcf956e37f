/** Converts hast properties to HTML attributes for rendering with Astro. */
import type { Properties } from 'hast';
import { find, html } from 'property-information';

/** Maps hast property names (`className`, `dataFurniture`) to attribute names (`class`, `data-furniture`) and values to strings. */
export function hastAttributes(properties: Properties): Record<string, string | boolean> {
  const attributes: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(html, name);
    if (value === true) attributes[info.attribute] = true;
    else if (Array.isArray(value)) attributes[info.attribute] = value.join(info.commaSeparated ? ', ' : ' ');
    else attributes[info.attribute] = String(value);
  }
  return attributes;
}

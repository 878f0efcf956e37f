/** The reader's inline marks: each entity mention as a link to the entity's page. */
import { h } from 'hastscript';
import type { InlineMark } from '../render/reader.ts';
import type { MentionInContext } from './corpus-index.ts';

/** Links every mention to its entity page; `entityHref` makes the link for an entity id. */
export function mentionMarks(mentions: readonly MentionInContext[], entityHref: (id: string) => string): InlineMark[] {
  return mentions.map(({ entity, mention }) => ({
    start: mention.start,
    end: mention.end,
    wrap: (children) => h('a.mention', { href: entityHref(entity.id), dataType: entity.type, title: `${entity.name} (${entity.type})` }, children),
  }));
}

// Rewrites that report the sentence or add a second side: "Officials said …", "…, officials
// said", "A and Sweden …", "… Chile and Peru". The fact must hold.
import { afterName, beforeName } from './_text.mjs';

export const rewrites = [
  { name: 'said-before', keeps: true, apply: (s) => `Officials said ${s}` },
  { name: 'said-after', keeps: true, apply: (s) => s.replace(/\.$/, ', officials said.') },
  { name: 'according-to', keeps: true, apply: (s) => s.replace(/\.$/, ', according to officials.') },
  {
    name: 'second-subject',
    keeps: true,
    apply: (s, fact) => afterName(s, fact.subject, ' and Sweden'),
  },
  {
    name: 'second-object',
    keeps: true,
    apply: (s, fact) => afterName(s, fact.object, ' and Peru'),
  },
  {
    name: 'object-in-list',
    keeps: true,
    apply: (s, fact) => beforeName(s, fact.object, 'Peru, Bolivia and '),
  },
];

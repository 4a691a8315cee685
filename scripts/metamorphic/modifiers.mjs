// Rewrites that put words before a side's name, as news does: "neighbouring Chile",
// "oil-rich Chile", "the war-torn Chile". The fact must hold.
import { beforeName } from './_text.mjs';

const adjective = (word) => ({
  name: `object-after-${word}`,
  keeps: true,
  apply: (s, fact) => beforeName(s, fact.object, `${word} `),
});

export const rewrites = [
  adjective('tiny'),
  adjective('oil-rich'),
  adjective('neighbouring'),
  adjective('war-torn'),
];

// C0 and C1 control characters: in a trailer they forge extra lines, in a terminal they move
// the cursor or recolour output.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Untrusted text as one safe line, cut to `max` characters. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

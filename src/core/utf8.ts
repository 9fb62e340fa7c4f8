/**
 * Where UTF-8 goes wrong in `bytes`, so an error can name the line: the offset of the first byte
 * that starts no valid sequence (overlong forms, surrogates and values past U+10FFFF included, as
 * TextDecoder's fatal mode refuses them). A sequence cut off by the end of `bytes` is not an
 * error here: the next chunk may complete it. -1 when there is none.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at++;
      continue;
    }
    // The range the second byte must fall in, and how many continuation bytes follow the lead.
    const [low, high, length] =
      lead >= 0xc2 && lead <= 0xdf
        ? [0x80, 0xbf, 1]
        : lead === 0xe0
          ? [0xa0, 0xbf, 2]
          : lead === 0xed
            ? [0x80, 0x9f, 2]
            : lead >= 0xe1 && lead <= 0xef
              ? [0x80, 0xbf, 2]
              : lead === 0xf0
                ? [0x90, 0xbf, 3]
                : lead === 0xf4
                  ? [0x80, 0x8f, 3]
                  : lead >= 0xf1 && lead <= 0xf3
                    ? [0x80, 0xbf, 3]
                    : [0, -1, 0];
    if (length === 0) return at;
    for (let index = 1; index <= length; index++) {
      if (at + index >= bytes.length) return -1;
      const byte = bytes[at + index]!;
      const [min, max] = index === 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return at;
    }
    at += length + 1;
  }
  return -1;
}

/**
 * Reading just enough of a wasm binary to keep tfjs-wasm's heap safe: a module instantiated
 * against tfjs's memory must carry no data segments (they are written at fixed addresses on
 * instantiation, over whatever tfjs keeps there).
 */

/** Number of entries in the data section (id 11) of a wasm binary; 0 when it is absent. */
export function dataSegmentCount(binary: Uint8Array): number {
  if (binary.length < 8 || binary[0] !== 0x00 || binary[1] !== 0x61 || binary[2] !== 0x73 || binary[3] !== 0x6d) {
    throw new Error('dataSegmentCount: expected a wasm binary (starting with \\0asm), got other bytes — pass the compiled module');
  }
  let offset = 8;
  const leb = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = binary[offset++];
      value += (byte & 0x7f) * scale;
      if (!(byte & 0x80)) return value;
      scale *= 128;
    }
  };
  while (offset < binary.length) {
    const id = binary[offset++];
    const size = leb();
    const end = offset + size;
    if (id === 11) return size === 0 ? 0 : leb();
    offset = end;
  }
  return 0;
}

/** Decodes base64 with what every runtime has (atob in browsers and Node ≥ 16). */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

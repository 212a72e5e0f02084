/**
 * Reading just enough of a wasm binary to keep tfjs-wasm's heap safe: a module instantiated
 * against tfjs's memory must carry no data segments (they are written at fixed addresses on
 * instantiation, over whatever tfjs keeps there) — and to make one binary serve both of
 * tfjs-wasm's memories, plain and shared.
 */

const IMPORT_SECTION = 2;
const DATA_SECTION = 11;
const MEMORY_IMPORT = 2;
/** Limits flags: minimum only, minimum and maximum, shared with minimum and maximum. */
const LIMITS_MIN = 0x00;
const LIMITS_MIN_MAX = 0x01;
const LIMITS_SHARED = 0x03;

interface Section { readonly id: number; readonly start: number; readonly end: number; readonly headerStart: number }

function requireWasm(binary: Uint8Array, caller: string): void {
  if (binary.length < 8 || binary[0] !== 0x00 || binary[1] !== 0x61 || binary[2] !== 0x73 || binary[3] !== 0x6d) {
    throw new Error(`${caller}: expected a wasm binary (starting with \\0asm), got other bytes — pass the compiled module`);
  }
}

/** A LEB128 reader over `binary` from `offset` (unsigned; wasm sizes and counts). */
function reader(binary: Uint8Array, offset: number) {
  return {
    get offset() { return offset; },
    byte: () => binary[offset++],
    leb(): number {
      let value = 0;
      let scale = 1;
      for (;;) {
        const byte = binary[offset++];
        value += (byte & 0x7f) * scale;
        if (!(byte & 0x80)) return value;
        scale *= 128;
      }
    },
    skip(count: number) { offset += count; },
  };
}

function encodeLeb(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    bytes.push(byte);
  } while (value > 0);
  return bytes;
}

function sectionsOf(binary: Uint8Array): Section[] {
  const read = reader(binary, 8);
  const sections: Section[] = [];
  while (read.offset < binary.length) {
    const headerStart = read.offset;
    const id = read.byte();
    const size = read.leb();
    sections.push({ id, start: read.offset, end: read.offset + size, headerStart });
    read.skip(size);
  }
  return sections;
}

/** Number of entries in the data section (id 11) of a wasm binary; 0 when it is absent. */
export function dataSegmentCount(binary: Uint8Array): number {
  requireWasm(binary, 'dataSegmentCount');
  const data = sectionsOf(binary).find((section) => section.id === DATA_SECTION);
  return !data || data.end === data.start ? 0 : reader(binary, data.start).leb();
}

/**
 * The same module with its imported memory declared shared, of at most `maximumPages` pages:
 * what tfjs-wasm's threaded build needs. layerkit ships one binary compiled for a plain
 * memory; the two builds differ only in these few bytes of the import section (scripts/gen
 * checks that byte for byte), so the shared one is made here when it is needed.
 */
export function withSharedMemory(binary: Uint8Array, maximumPages = 65536): Uint8Array {
  requireWasm(binary, 'withSharedMemory');
  const imports = sectionsOf(binary).find((section) => section.id === IMPORT_SECTION);
  const read = reader(binary, imports?.start ?? binary.length);
  const count = imports ? read.leb() : 0;
  for (let n = 0; n < count; n++) {
    read.skip(read.leb()); // module name
    read.skip(read.leb()); // field name
    const kind = read.byte();
    if (kind === MEMORY_IMPORT) {
      const limitsStart = read.offset;
      const flags = read.byte();
      if (flags !== LIMITS_MIN && flags !== LIMITS_MIN_MAX && flags !== LIMITS_SHARED) {
        throw new Error(`withSharedMemory: expected memory limits flags 0, 1 or 3, got ${flags} — rebuild the module with pnpm gen (32-bit memory)`);
      }
      const minimum = read.leb();
      if (flags !== LIMITS_MIN) read.leb();
      const limits = [LIMITS_SHARED, ...encodeLeb(minimum), ...encodeLeb(maximumPages)];
      const body = [...binary.subarray(imports!.start, limitsStart), ...limits, ...binary.subarray(read.offset, imports!.end)];
      const section = [IMPORT_SECTION, ...encodeLeb(body.length), ...body];
      const patched = new Uint8Array(binary.length - (imports!.end - imports!.headerStart) + section.length);
      patched.set(binary.subarray(0, imports!.headerStart));
      patched.set(section, imports!.headerStart);
      patched.set(binary.subarray(imports!.end), imports!.headerStart + section.length);
      return patched;
    }
    if (kind === 0) read.leb(); // function: type index
    else if (kind === 1) { read.byte(); const flags = read.byte(); read.leb(); if (flags & 1) read.leb(); } // table
    else if (kind === 3) read.skip(2); // global: value type, mutability
    else throw new Error(`withSharedMemory: expected import kinds 0–3, got ${kind} — rebuild the module with pnpm gen`);
  }
  throw new Error('withSharedMemory: expected a module that imports its memory, got one that does not — compile it with --importMemory (pnpm gen does)');
}

/** Decodes base64 with what every runtime has (atob in browsers and Node ≥ 16). */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

import type { LocalizedText } from '../text/schema.js';

// TextDecoder is in Node 20 and every browser, but the core's lib (ES2023, no DOM) does not
// declare it; this is the little of it the importer uses.
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean }) => TextDecoderLike;
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Decodes bytes in an encoding (`fatal`: throw on bytes that are not valid in it). */
export function decodeBytes(bytes: Uint8Array, encoding: string, fatal = false): string {
  return new Decoder(encoding, { fatal }).decode(bytes);
}

/** The text encodings a CSV file may come in: UTF-8 (with or without BOM), Windows-1251, UTF-16. */
export type TextEncodingName = 'utf-8' | 'windows-1251' | 'utf-16le' | 'utf-16be';

/** What the bytes of a file look like, from their first bytes. */
export type FileKind = 'empty' | 'zip' | 'cfb' | 'binary' | 'text';

/** Tells a ZIP (XLSX), an OLE container (XLS or an encrypted XLSX), binary data and text apart. */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  if (hasUtf16Bom(bytes)) return 'text';
  const sample = bytes.subarray(0, 8192);
  // Text in UTF-8 or Windows-1251 never holds NUL or most other control bytes.
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary';
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control * 20 > sample.length ? 'binary' : 'text';
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The text of a file and the encoding it was read in, with a warning when it looks misread. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warning?: { code: string; message: LocalizedText };
}

/**
 * Decodes a text file: a BOM decides; otherwise UTF-8 when the bytes are valid UTF-8, else
 * Windows-1251 (what Excel «CSV (разделители — точка с запятой)» writes on a Russian Windows).
 * `encoding` forces one.
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncodingName): DecodedText {
  if (encoding !== undefined) return { text: stripBom(decodeBytes(bytes, encoding)), encoding };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decodeBytes(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeBytes(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeBytes(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: decodeBytes(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    const text = decodeBytes(bytes, 'windows-1251');
    const decoded: DecodedText = { text, encoding: 'windows-1251' };
    if (looksLikeKoi8(text)) {
      decoded.warning = {
        code: 'suspect-encoding',
        message: {
          ru:
            'файл прочитан в кодировке Windows-1251, но текст похож на прочитанный не в той кодировке ' +
            '(например, KOI8-R). Сохраните файл в UTF-8 или Windows-1251 и загрузите снова.',
          en: 'the file was read as Windows-1251 but looks misread (KOI8-R?). Save it as UTF-8 or Windows-1251 and load it again.',
        },
      };
    }
    return decoded;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * KOI8-R read as Windows-1251 turns lower-case Russian into upper-case and vice versa, so the
 * text has far more capitals than Russian prose or a registry (abbreviations included) has.
 */
function looksLikeKoi8(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code >= 0x410 && code <= 0x42f) upper++;
    else if (code >= 0x430 && code <= 0x44f) lower++;
  }
  return upper + lower >= 20 && upper > lower * 3;
}

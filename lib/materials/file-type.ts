/**
 * What kind of file an upload really is, decided by its first bytes (and for Word files by the
 * zip's own list of entries), never by its name or the browser's declared type: both are
 * chosen by whoever uploads, and the file later lands on school laptops as a download.
 */

export type MaterialFileKind = 'docx' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp';

export interface MaterialFileType {
  kind: MaterialFileKind;
  contentType: string;
  /** File name extensions that fit this kind; the first is the one we add when none fits. */
  extensions: readonly string[];
}

const types: Record<MaterialFileKind, MaterialFileType> = {
  docx: { kind: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  pdf: { kind: 'pdf', contentType: 'application/pdf', extensions: ['pdf'] },
  png: { kind: 'png', contentType: 'image/png', extensions: ['png'] },
  jpeg: { kind: 'jpeg', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  gif: { kind: 'gif', contentType: 'image/gif', extensions: ['gif'] },
  webp: { kind: 'webp', contentType: 'image/webp', extensions: ['webp'] },
};

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL_FILE = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const ZIP_CENTRAL_FILE = [0x50, 0x4b, 0x01, 0x02];

/** The kind of file these bytes are, or null for anything we do not accept. */
export function sniffFileType(bytes: Uint8Array): MaterialFileType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return types.pdf;
  if (startsWith(bytes, PNG)) return types.png;
  if (startsWith(bytes, JPEG)) return types.jpeg;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return types.gif;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return types.webp;
  if (startsWith(bytes, ZIP_LOCAL_FILE) && isWordDocument(zipEntryNames(bytes))) return types.docx;
  return null;
}

/**
 * A Word document is a zip with its text under word/. A macro-enabled document (.docm) has the
 * same layout plus word/vbaProject.bin: refused, so no macros reach the classroom's laptops.
 */
function isWordDocument(names: string[] | null): boolean {
  if (!names) return false;
  const lower = names.map((name) => name.toLowerCase());
  return lower.includes('word/document.xml') && !lower.some((name) => name.endsWith('vbaproject.bin'));
}

/**
 * The entry names from a zip's central directory (read from the end, as unzip tools do), or
 * null when the bytes are not a well-formed zip.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (startsWith(bytes, ZIP_END_OF_CENTRAL_DIRECTORY, i)) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > end || !startsWith(bytes, ZIP_CENTRAL_FILE, offset)) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength > end) return null;
    names.push(decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)));
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}

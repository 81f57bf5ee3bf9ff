import type { MaterialFileType } from './file-type';

const MAX_NAME_LENGTH = 150;

/**
 * The name a material file is stored and downloaded under: the uploader's own name without any
 * folder part or control characters, kept short, and with an extension that matches what the
 * content really is, so a PDF named "werkblad.exe" downloads as "werkblad.exe.pdf" and opens
 * in a PDF reader instead of looking like a program.
 */
export function storedFileName(uploadedName: string, type: MaterialFileType, fallbackBase: string): string {
  const base =
    uploadedName
      .split(/[/\\]/)
      .pop()!
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '') || fallbackBase;
  const extension = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
  const name = type.extensions.includes(extension) ? base : `${base}.${type.extensions[0]}`;
  if (name.length <= MAX_NAME_LENGTH) return name;
  const suffix = name.slice(name.lastIndexOf('.'));
  return `${name.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
}
